package org.biwu.security;

/** Introspection queries, to check the depth limit against what GraphQL tools really send. */
final class IntrospectionQueries {

    private IntrospectionQueries() {
    }

    /** The introspection query GraphiQL (the GraphQL UI) sends on load, as graphql-js writes it. */
    static final String GRAPHIQL = """
            query IntrospectionQuery {
              __schema {
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description
                args { ...InputValue }
                type { ...TypeRef }
                isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue {
              name description type { ...TypeRef } defaultValue
            }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            }
            """;

    /** {@code __schema { types { ofType { ofType ... } } } } nested {@code levels} times. */
    static String nestedOfType(int levels) {
        return "{ __schema { types { name " + "ofType { name ".repeat(levels) + "}".repeat(levels) + " } } }";
    }
}
