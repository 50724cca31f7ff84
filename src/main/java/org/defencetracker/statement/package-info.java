/** Provenance: the sources every fact cites, and dated statements by actors about incidents and acts. */
@org.springframework.modulith.ApplicationModule(displayName = "Statements and sources")
package org.defencetracker.statement;
