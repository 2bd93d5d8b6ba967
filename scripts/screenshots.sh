#!/usr/bin/env bash
# Refreshes docs/screenshots: runs the website's browser tests that take screenshots (Chromium at
# /usr/bin/chromium), which save full-page PNGs of the main pages there.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/SecChange.Web.Tests -c Release -warnaserror -nologo -v q
SECCHANGE_SCREENSHOTS="$PWD/docs/screenshots" dotnet test tests/SecChange.Web.Tests -c Release --no-build \
  --filter "FullyQualifiedName~BrowserTests|FullyQualifiedName~WalkThrough"
ls docs/screenshots
