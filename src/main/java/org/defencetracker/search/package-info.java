/** Full-text search across acts, bodies, incidents, statements and sources, with "did you mean" for misspellings. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.defencetracker.search;
