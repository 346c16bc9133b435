"""The Qt window: widgets and item models over ``core``; never SQL."""
