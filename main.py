"""``python main.py``: the same as the ``officer-desk`` command, from a source checkout."""

from officer_desk.cli import main

if __name__ == "__main__":
    main()
