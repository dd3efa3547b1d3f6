#!/usr/bin/env bash
# Builds the Teams app package: deploy/teams/build/careerbot-teams.zip with manifest.json and the two
# icons at the zip root, the bot id filled in, validated offline before it is zipped.
#   deploy/teams/package.sh <MicrosoftAppId>      (or set MicrosoftAppId in the environment)
set -euo pipefail
cd "$(dirname "$0")"

app_id="${1:-${MicrosoftAppId:-}}"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "usage: $0 <MicrosoftAppId>  (the Azure Bot's app id, a GUID; got '${app_id}')" >&2
  exit 2
fi

[ -d node_modules/@microsoft/app-manifest ] || npm ci --no-audit --no-fund --loglevel=error

rm -rf build && mkdir build
sed "s/{{MicrosoftAppId}}/${app_id}/g" manifest.json > build/manifest.json
cp color.png outline.png build/
node validate.mjs build

(cd build && zip -q -X careerbot-teams.zip manifest.json color.png outline.png)
layout=$(unzip -Z1 build/careerbot-teams.zip | sort | tr '\n' ' ')
if [ "$layout" != "color.png manifest.json outline.png " ]; then
  echo "unexpected package layout: $layout" >&2
  exit 1
fi
echo "built deploy/teams/build/careerbot-teams.zip for bot ${app_id}"
