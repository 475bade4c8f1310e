"""The compose panel: prompt, image slots, the model and what its profile accepts."""
