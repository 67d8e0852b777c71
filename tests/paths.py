"""Where the tests find the project's files and the read-only material beside the project (`../shared`)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_b50f1c8e279677ea.txt"
