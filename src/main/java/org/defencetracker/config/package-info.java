/** Application settings and infrastructure: typed properties, the database the app runs on, web set-up. */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package org.defencetracker.config;
