/** `dost-schema --help`. */
export const USAGE = `Usage: dost-schema <check|publish> <subgraph> <sdl-file> [options]

  dost-schema check <subgraph> <sdl-file> --registry <url> [options]
      Checks a candidate SDL against DOST's schema registry: composition with the published
      subgraphs, changes classed breaking/dangerous/safe, registered operations it would
      break; and, here, kit conformance on your own rule tree and access-matrix rows.
  dost-schema check <subgraph> <sdl-file> --published <dir> [--operations <path>] [options]
      The same checks offline, against a folder holding supergraph.config.json.
  dost-schema publish <subgraph> <sdl-file> --url <routing-url> --registry <url> [options]
      Runs the checks and records the subgraph as the next supergraph version; gateways
      following the registry serve it without a restart.

Options:
  --registry <url>        the schema registry, e.g. https://schema-registry.dost.gov.az/
  --token-file <file>     a publisher token from DOST (else DOST_REGISTRY_TOKEN)
  --rules <module>        module exporting your graphql-shield rule tree (default export,
                          \`rules\`, or the one export named *Rules); TypeScript works
  --access-matrix <file>  markdown naming each of your Citizen and root fields in backticks
  --allow-breaking        pass breaking changes that break no registered operation
  --force                 publish: record it even when checks fail (recorded as forced)
  --json                  print the report as JSON
  --help                  this text

Exit status: 0 passed (or published), 1 a check failed or the registry refused,
2 the command itself was wrong or the registry could not be reached.`;
