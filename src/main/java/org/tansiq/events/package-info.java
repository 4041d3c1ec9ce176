/**
 * What happens where: coordination centres, security gaps, operations, attacks and deployments
 * extracted from an article's sentences, each tied to the places its sentence names and to the
 * sentence itself. Uses the geoparser's mentions and the dates package; stores nothing.
 */
package org.tansiq.events;
