# samestory: two commands.
#   make lab    set up (first time only) and open the pack in JupyterLab
#   make test   set up (first time only) and run every test
# Set-up makes .venv with Python's own venv module and installs the package
# editable; a second run skips it unless pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LAB_READY := $(VENV)/.lab-ready
TEST_READY := $(VENV)/.test-ready
# An empty NLTK data folder: the tests prove nothing needs downloaded data.
EMPTY_NLTK_DATA := $(CURDIR)/.nltk_data_empty

.PHONY: lab test test-offline setup notebooks exercises bench clean

lab: $(LAB_READY)
	$(BIN)/jupyter lab notebooks/00_start_here.ipynb

test: $(TEST_READY)
	@mkdir -p $(EMPTY_NLTK_DATA)
	NLTK_DATA=$(EMPTY_NLTK_DATA) $(BIN)/python -m samestory.exercises check
	NLTK_DATA=$(EMPTY_NLTK_DATA) $(BIN)/python -m pytest

# The same tests with no network at all (Linux, needs unshare; run as root).
# The loopback stays up: Jupyter kernels talk to pytest over 127.0.0.1.
test-offline: $(TEST_READY)
	@mkdir -p $(EMPTY_NLTK_DATA)
	unshare -n -- sh -c 'ip link set lo up && NLTK_DATA=$(EMPTY_NLTK_DATA) $(BIN)/python -m pytest'

setup: $(LAB_READY)

$(LAB_READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "samestory needs Python 3.10 or newer, found " + sys.version.split()[0] + "; set PYTHON=python3.11 (for example) and run make again.")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name samestory --display-name "Python (samestory)" >/dev/null
	touch $@

$(TEST_READY): $(LAB_READY)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,grading]"
	touch $@

# For maintainers: run every notebook and solution again, save the outputs,
# then remake the exercises from the solutions.
notebooks: $(TEST_READY)
	@mkdir -p $(EMPTY_NLTK_DATA)
	NLTK_DATA=$(EMPTY_NLTK_DATA) $(BIN)/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False notebooks/*.ipynb solutions/*.ipynb
	$(BIN)/python -m samestory.exercises build

exercises: $(LAB_READY)
	$(BIN)/python -m samestory.exercises build

bench: $(TEST_READY)
	@mkdir -p $(EMPTY_NLTK_DATA)
	for script in benchmarks/bench_*.py; do NLTK_DATA=$(EMPTY_NLTK_DATA) $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(EMPTY_NLTK_DATA) src/*.egg-info
