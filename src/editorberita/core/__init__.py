"""The headless core: domain, storage, rendering and export. Never imports Qt."""
