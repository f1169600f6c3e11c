"""GUI tests: real Qt widgets offscreen against the real cloud."""
