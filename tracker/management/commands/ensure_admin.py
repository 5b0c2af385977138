import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the local development superuser (admin / admin) if missing and print how to log in."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", default="admin")

    def handle(self, *args, username: str, password: str, **options) -> None:
        if settings.PRODUCTION:
            raise CommandError("ensure_admin is for local development; use createsuperuser in production.")
        User = get_user_model()
        user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True, "is_superuser": True})
        if created:
            user.set_password(password)
            user.save()
        site = f"http://{os.environ.get('PORT') or '127.0.0.1:8000'}/"  # where bin/serve serves (its PORT)
        self.stdout.write(
            f"\nBảng theo dõi nghị quyết / Resolution tracker: {site}\n"
            f"Đăng nhập / Log in: {site}admin/  tên / user: {username}  "
            f"mật khẩu / password: {password if user.check_password(password) else '(đã đổi / changed)'}\n"
        )
