"""Where the pack's own folders are (``data/``, ``notebooks/``, ``solutions/`` ...).

The package is installed editable from the repository (``make lab`` and
``make test`` do this), so the folders sit beside ``src/``.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
