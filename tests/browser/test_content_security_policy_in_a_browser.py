"""In a real browser the pages break no rule of their Content-Security-Policy: plotly.js draws its
charts, the language switcher works, and the browser reports no violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));
"""


def test_charts_and_the_language_switcher_work_under_the_policy(browser_page, live_server, showcase, editor_user):
    page, base = browser_page, live_server.url
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.add_init_script(WATCH)
    page.goto(base + "/districts/cho-lach-ben-tre/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(base + "/districts/cho-lach-ben-tre/")

    page.wait_for_selector("#completion-chart svg.main-svg", state="attached")
    assert page.evaluate("window.__violations") == []
    page.select_option("#lang-select", "en")
    page.wait_for_load_state("load")
    page.wait_for_selector("#completion-chart svg.main-svg", state="attached")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.evaluate("window.__violations") == []
    assert not [m for m in messages if "Content Security Policy" in m]


def test_the_admin_breaks_no_rule_either(browser_page, live_server, showcase, editor_user):
    page, base = browser_page, live_server.url
    page.add_init_script(WATCH)
    page.goto(base + "/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass-123")
    page.click("input[type=submit]")
    page.goto(base + f"/admin/tracker/target/{showcase[0].pk}/change/")
    page.wait_for_load_state("load")

    assert page.evaluate("window.__violations") == []
