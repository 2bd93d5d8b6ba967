// Parses every .xml file in a directory with @smartdcc/duis-parser (the DCC's own open-source DUIS
// parser) and checks each is a DUIS response it recognises. Exit code 0 when all pass.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const duis = require('@smartdcc/duis-parser')

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node check.js <directory of DUIS response XML files>')
  process.exit(2)
}

const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.xml')).sort()
let failures = 0
for (const file of files) {
  const xml = fs.readFileSync(path.join(dir, file), 'utf8')
  try {
    const parsed = duis.parseDuis('simplified', xml)
    if (!duis.isSimplifiedDuisOutputResponse(parsed)) {
      throw new Error('not a DUIS response the parser recognises')
    }
    const body = parsed.body
    const kind = duis.isSimplifiedDuisResponseBody_DCCAlertMessage(body)
      ? 'DCCAlertMessage ' + body.DCCAlertMessage.DCCAlertCode
      : duis.isSimplifiedDuisResponseBody_ResponseMessage(body)
        ? 'ResponseMessage ' + body.ResponseMessage.ServiceReferenceVariant
        : null
    if (kind === null) {
      throw new Error('body is neither a ResponseMessage nor a DCCAlertMessage')
    }
    console.log(`ok ${file} ${parsed.header.responseCode} ${kind}`)
  } catch (e) {
    failures++
    console.log(`FAIL ${file}: ${e.message}`)
  }
}
console.log(`${files.length - failures} parsed, ${failures} failed`)
process.exit(failures === 0 && files.length > 0 ? 0 : 1)
