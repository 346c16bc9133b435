"""Sending articles to WordPress sites: profiles, the REST client, the outbox and WXR files.

Pure Python (standard library HTTP, no Qt). ``sites`` keeps the site profiles (never the
passwords), ``wordpress`` speaks the REST API, ``sender`` turns an article into a post (and
remembers it), ``outbox`` retries what a site did not take, ``wxr`` writes import files.
"""
