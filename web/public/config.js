// Runtime configuration of the Biwu web front end, read before the app starts.
//
// This file is served as-is (it is not bundled), so a deployment replaces it without a rebuild,
// e.g. by mounting its own file at /usr/share/nginx/html/config.js in the container.
// Every field is optional; a missing field falls back to the build-time Vite env
// (VITE_KEYCLOAK_URL, VITE_KEYCLOAK_REALM, VITE_KEYCLOAK_CLIENT_ID), then to the local defaults
// http://localhost:8180, realm "biwu", client "biwu-web".
//
// The development copy sets nothing, so the Vite env and the defaults apply. A deployment writes e.g.:
//
// window.biwuConfig = {
//   keycloakUrl: 'https://login.example.org',
//   realm: 'biwu',
//   clientId: 'biwu-web',
// };
