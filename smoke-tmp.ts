import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from './server/src/service';
import { bundledReferenceData } from './server/src/data';
import { createHostAwareService, hostFormats } from './server/src/service/embedded';
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const svc = createHostAwareService(createTrustPolicyService({ data: bundledReferenceData }), hostFormats);
const doc = TextDocument.create('file://' + file, file.endsWith('.tf') ? 'terraform' : file.endsWith('.json') ? 'json' : 'yaml', 1, text);
if (process.argv[3]) for (const e of svc.embedded(doc)) { console.log('---', e.policy.name, e.policy.unknowns.length); console.log(e.policy.text); }
const diags = svc.validate(doc, { accounts: ['111122223333'] });
for (const d of diags) console.log(`${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message} [${doc.getText(d.range)}]`);
