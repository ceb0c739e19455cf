// The VS Code side of Convenio: starts `convenio lsp` (the language server of the convenio command line) and connects
// the editor to it. Everything the editor shows (diagnostics, completion, hover, definitions, outline, rename) comes
// from the server; highlighting comes from syntaxes/convenio.tmLanguage.json.
'use strict';

const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The launcher and its arguments, from the settings: convenio.server.path (a name on PATH, or a path). */
function serverOptions() {
  const config = vscode.workspace.getConfiguration('convenio');
  let command = config.get('server.path') || 'convenio';
  const folders = vscode.workspace.workspaceFolders;
  const cwd = folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
  // A relative path with a folder in it ("./convenio") is relative to the workspace, as a user would read it.
  if (!path.isAbsolute(command) && command.includes('/') && cwd) command = path.join(cwd, command);
  const args = ['lsp', ...(config.get('server.extraArgs') || [])];
  return { command, args, options: { cwd } };
}

async function start() {
  const server = serverOptions();
  client = new LanguageClient('convenio', 'Convenio', server, {
    documentSelector: [
      { scheme: 'file', language: 'convenio' },
      { scheme: 'untitled', language: 'convenio' },
    ],
    synchronize: {
      // Table files and imported contracts are read from disk: tell the server when they change.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{convenio,csv,yaml,yml}'),
    },
  });
  try {
    await client.start();
  } catch (e) {
    client = undefined;
    vscode.window.showErrorMessage(`Convenio: could not start "${server.command} lsp" (${e.message || e}). ` +
      'Set "convenio.server.path" to the convenio launcher of a built checkout (see docs/editor.md).');
  }
}

async function stop() {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop();
  }
}

async function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('convenio.restartServer', async () => {
    await stop();
    await start();
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (e.affectsConfiguration('convenio.server')) {
      await stop();
      await start();
    }
  }));
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
