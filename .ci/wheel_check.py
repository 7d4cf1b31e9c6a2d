"""Run by `make wheel-check` in a fresh virtualenv holding only the installed wheel.

From a folder that is not the checkout: `impactkaart compute` on a demo file, the
installed app's script once headless (Streamlit's AppTest: the navigation and the
Impactkaart page on the demo projects), and `impactkaart app` until its server answers.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from streamlit.testing.v1 import AppTest

import impactkaart
from impactkaart.cli.app import app_script

BIN = Path(sys.executable).parent
assert "site-packages" in impactkaart.__file__, f"not the installed wheel: {impactkaart.__file__}"

out = subprocess.run([BIN / "impactkaart", "compute", "jongerenwerk_wijk.json", "--json"],
                     check=True, capture_output=True, text=True).stdout
factor = json.loads(out)["rendementsfactor"]
assert factor > 0, out
print(f"wheel-check: impactkaart compute gives {factor:.2f}")

at = AppTest.from_file(str(app_script()), default_timeout=120).run()
assert not at.exception, at.exception
assert at.title and at.metric, "the Impactkaart page shows no title or figures"
print(f"wheel-check: the installed app shows '{at.title[0].value}' with {len(at.metric)} figures")

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen([BIN / "impactkaart", "app", "--headless", "--port", str(port)],
                          env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
try:
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        raise SystemExit("wheel-check: impactkaart app did not answer")
    print(f"wheel-check: impactkaart app answers on port {port}")
finally:
    server.terminate()
    server.wait(10)
