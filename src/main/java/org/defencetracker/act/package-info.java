/** Legal acts (decrees, laws, resolutions, orders): their identifiers, lifecycle stages, relations and sources. */
@org.springframework.modulith.ApplicationModule(displayName = "Legal acts")
package org.defencetracker.act;
