import { analyze } from '../../../src/core/analyze.js';
import { isKnownFirstName } from '../../../src/core/names.js';
console.log(isKnownFirstName('Don'), isKnownFirstName('zhang'), isKnownFirstName('wei'), isKnownFirstName('chris'));
const r = analyze({ to: [{ name: 'Don Draper', email: 'd@x.com' }], subject: 'x', body: 'Hi Don,\n\nQuick question about your Q3 plans.\n\nBest,\nSam' });
console.log(JSON.stringify(r.findings.map(f=>[f.ruleId,f.message])), JSON.stringify(r.parts));
