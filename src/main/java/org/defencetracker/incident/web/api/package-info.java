/** Incidents in the JSON API under /api/v1. */
package org.defencetracker.incident.web.api;
