"""The PDF book and the one-page sheets: ``chromium`` prints, ``edit`` finishes the files
(no browser needed), ``build`` runs the whole export."""
