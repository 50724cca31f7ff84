/** Government bodies and their mandates in the JSON API under /api/v1. */
package org.defencetracker.body.web.api;
