"""Reference solutions to the coding questions, included into pages and unit-tested."""
