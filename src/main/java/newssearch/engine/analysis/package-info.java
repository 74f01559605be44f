/**
 * The analysis plugin for the embedded engine.
 *
 * <p>The integ-test distribution of Elasticsearch lacks the {@code analysis-common} module, so this
 * package provides, under the same names and settings, the components that {@code index-mappings/}
 * uses from it. Each one is built from the Lucene classes {@code analysis-common} itself uses, so a
 * stock cluster and the embedded engine produce the same tokens.
 *
 * <p>These classes run inside the node, loaded by the stable plugin API: they must depend on
 * nothing but that API and Lucene, never on the rest of the project.
 */
package newssearch.engine.analysis;
