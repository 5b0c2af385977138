"""The meeting report's first page as a picture (docs/screenshots/report.png), rendered by LibreOffice headless."""

import shutil
import subprocess

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_the_first_page_of_the_report_renders_to_a_picture(client, editor_user, showcase, screenshots, tmp_path):
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        pytest.skip(
            "LibreOffice and poppler are not installed (apt-get install libreoffice-writer-nogui poppler-utils)"
        )
    client.force_login(editor_user)
    report = tmp_path / "report.docx"
    report.write_bytes(client.get(reverse("tracker:resolution_report", args=[showcase[0].resolution.pk])).content)

    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(report),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp_path / "report.pdf"),
            str(tmp_path / "report"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )

    picture = tmp_path / "report.png"
    assert picture.stat().st_size > 10_000
    shutil.copy(picture, screenshots / "report.png")
