/** The timeline in the JSON API under /api/v1. */
package org.defencetracker.timeline.web.api;
