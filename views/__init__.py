"""The Streamlit pages and their shared widgets (the app; the domain is `impactkaart`)."""
