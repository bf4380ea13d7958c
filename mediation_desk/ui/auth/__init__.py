"""Sign-in, first administrator, idle lock. Entry points for the composition root:

* :func:`sign_in` — loops the login dialog until a user signs in (or cancels → None);
  on a first start it asks for the administrator account first.
* :class:`IdleLock` — install on the application after sign-in; hides every window after
  N idle minutes until the password is given again.
"""

from .idle import IdleLock, LockScreen
from .login import FirstAdminDialog, LoginDialog, first_admin, sign_in

__all__ = ["FirstAdminDialog", "IdleLock", "LockScreen", "LoginDialog", "first_admin", "sign_in"]
