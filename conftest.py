"""Test-session settings shared by unit tests, doctests and notebook tests."""

import os

# Notebook kernels started by nbval inherit this process's environment. A
# MPLBACKEND set in the shell (e.g. Agg) would stop figures from showing
# inline, so the saved outputs would not match; kernels must see what a
# student sees. Outside a kernel, matplotlib picks a non-GUI backend itself.
os.environ.pop("MPLBACKEND", None)
