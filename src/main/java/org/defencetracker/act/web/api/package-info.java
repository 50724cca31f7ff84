/** Legal acts in the JSON API under /api/v1. */
package org.defencetracker.act.web.api;
