"""Developer tools run from a clone (screenshots for the docs); not shipped, never imported by the app."""
