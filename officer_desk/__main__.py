"""``python -m officer_desk``: the same as the ``officer-desk`` command."""

from officer_desk.cli import main

if __name__ == "__main__":
    main()
