package dev.tripswitch.it.host;

public enum Speed { SLOW, FAST }
