// Where the app keeps the Hugging Face access token: the system keychain (Secret Service on
// Linux, Credential Manager on Windows, Keychain on macOS) through QtKeychain; where no keychain
// answers (no desktop session, or a build without QtKeychain), huggingface_hub's token file
// ($HF_HOME/token, readable by its owner only), which the CLI and transformers read too. The
// token itself is never shown, logged or written into a project.
#pragma once

#include <QString>

namespace shoptuner::ui {

// The token the app downloads with: HF_TOKEN (or HUGGING_FACE_HUB_TOKEN), else the keychain,
// else the token file.
QString loadHubToken();
// Keeps the token; returns where, in words ("the system keychain", or the file's path). Throws
// std::runtime_error when neither can hold it.
QString saveHubToken(const QString &token);
void removeHubToken(); // from the keychain and the token file
QString hubTokenPlace(); // where the current token is kept, in words; empty when there is none

} // namespace shoptuner::ui
