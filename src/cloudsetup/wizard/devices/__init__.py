"""The employees' devices in the GUI: the approval dialog, the device list, the device texts."""
