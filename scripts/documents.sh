#!/usr/bin/env bash
# Renders page one of each generated document to PNG under docs/documents/, so a reviewer sees what SECAS
# would see: the Word files opened by LibreOffice (as Word would lay them out) and the PDF Chromium prints.
# Works on a scratch register: the sample register (`tour`) plus MP105's Modification Report Consultation
# answered as the README answers it, with a few more Parties (one confidential).
# Needs: the .NET SDK, LibreOffice Writer (apt libreoffice-writer), poppler-utils (pdftoppm), Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install -y libreoffice-writer poppler-utils" >&2; exit 1; }
done

out=docs/documents
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/SecChange.Cli -c Release -nologo -v quiet >/dev/null
secchange() { src/SecChange.Cli/bin/Release/net10.0/secchange --db "$work/secchange.db" "$@"; }

secchange tour >/dev/null
secchange route MP105 --to report --on 2020-11-18 >/dev/null
secchange report approve MP105 --on 2020-11-24 >/dev/null
secchange consultation open MP105 --kind mrc --closes 2020-12-15 --on 2020-11-25 \
  --question "Should MP105 be approved?" --question "Do you agree with the implementation approach?" >/dev/null
respond() { secchange consultation respond MP105 --kind mrc --on 2020-12-01 "$@" >/dev/null; }
respond --respondent E.ON --answer "1=agree:Better Device management" --answer 2=agree
respond --respondent "EDF Energy" --answer 1=agree --answer 2=agree --costs "Minimal, if part of a new DUIS version"
respond --respondent "OVO Energy" --answer 1=agree --answer "2=disagree:Too soon after the November release"
respond --respondent Utilita --answer 1=agree --answer 2=agree
respond --respondent WPD --answer 1=agree --answer 2=neutral
respond --respondent "Octopus Energy" --answer 1=agree --answer 2=agree --confidential --costs "About 20 days of testing"
secchange consultation close MP105 --kind mrc --on 2020-12-15 >/dev/null

page_one() { # file.docx|pdf name
  local source=$1 name=$2 pdf=$1
  if [[ $source == *.docx ]]; then
    soffice --headless --convert-to pdf --outdir "$work" "$source" >/dev/null 2>&1
    pdf="$work/$(basename "${source%.docx}").pdf"
  fi
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$out/$name"
  echo "$out/$name.png"
}

secchange report minutes "CSC 11" --format docx --out "$work/minutes-CSC-11.docx" >/dev/null
page_one "$work/minutes-CSC-11.docx" minutes-CSC-11
secchange report minutes "WG 1" --format docx --out "$work/minutes-WG-1.docx" >/dev/null
page_one "$work/minutes-WG-1.docx" minutes-WG-1
secchange report consultation MP105 --kind mrc --format docx --out "$work/consultation-MP105-mrc.docx" >/dev/null
page_one "$work/consultation-MP105-mrc.docx" consultation-MP105-mrc
secchange report minutes "CSC 11" --format pdf --out "$work/minutes-CSC-11-chromium.pdf" >/dev/null
page_one "$work/minutes-CSC-11-chromium.pdf" minutes-CSC-11-pdf
secchange report status --as-at 2020-07-31 --format docx --out "$work/change-status-report-2020-07-31.docx" >/dev/null
page_one "$work/change-status-report-2020-07-31.docx" change-status-report-2020-07-31
secchange report modification MP105 --as-at 2020-10-31 --format docx --out "$work/modification-report-MP105.docx" >/dev/null
page_one "$work/modification-report-MP105.docx" modification-report-MP105
