"""scripts/generate-samples.py as an importable module: `from sample_generator import gs`.

Its file name has a hyphen, so it cannot be imported by name. It is registered in
sys.modules as 'generate_samples' so that its classes (Line, Item) pickle by reference
into worker processes, and so that it is loaded only once.
"""

import importlib.util
import os
import sys

_NAME = "generate_samples"
_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                     "scripts", "generate-samples.py")


def _load():
    if _NAME in sys.modules:
        return sys.modules[_NAME]
    spec = importlib.util.spec_from_file_location(_NAME, _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[_NAME] = module
    spec.loader.exec_module(module)
    return module


gs = _load()
