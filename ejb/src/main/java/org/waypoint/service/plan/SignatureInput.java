package org.waypoint.service.plan;

/**
 * A signature as given on the page or through the API: the name, and either the signature pad's
 * drawing or a typed name with consent to sign electronically.
 *
 * @param drawing the signature pad's drawing (its JSON or a data URL); null for a typed signature
 * @param consent for a typed signature: the signer agreed that the typed name is their signature
 */
public record SignatureInput(String name, String drawing, Boolean consent) {}
