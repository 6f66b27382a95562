"""`python -m security_headers > plugins/security_headers/nginx.conf`: the policy for nginx."""

import sys

from .policy import nginx_snippet

sys.stdout.write(nginx_snippet())
