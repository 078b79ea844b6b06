"""The standalone command line's entry (PyInstaller): ``habitat-results`` as installed by pip."""

from cli.main import main

main()
