// A settings change (a rule turned off, then back on) reaches the running server without a reload.
import * as vscode from 'vscode';
import { diagnosticKeys, openFixture, waitFor } from './helpers';

describe('settings', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('iamTrustPolicy').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('iamTrustPolicy.rules {"version-missing": "off"} takes effect without a reload, and back on again', async () => {
    const doc = await openFixture('no-version.trust.json');
    await waitFor('version-missing and resource-forbidden', () =>
      diagnosticKeys(doc.uri, ['version-missing']).length === 1 && diagnosticKeys(doc.uri, ['resource-forbidden']).length === 1);
    const config = vscode.workspace.getConfiguration('iamTrustPolicy');
    await config.update('rules', { 'version-missing': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('version-missing to be turned off', () => diagnosticKeys(doc.uri, ['version-missing']).length === 0);
    await waitFor('resource-forbidden to stay', () => diagnosticKeys(doc.uri, ['resource-forbidden']).length === 1);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('version-missing to come back', () => diagnosticKeys(doc.uri, ['version-missing']).length === 1);
  });
});
