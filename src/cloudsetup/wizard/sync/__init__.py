"""The office sync in the GUI: the shared runner on a worker, its texts and the sync panel."""
