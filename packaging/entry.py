"""The bundle's one program: ``officer-desk`` (the command line; ``officer-desk gui`` and a
double-click with no arguments open the window, as from a source checkout)."""

from officer_desk.cli import main

if __name__ == "__main__":
    main()
