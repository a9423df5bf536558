/**
 * What every feature leans on: the service-level error type, configuration, the clock, the schema
 * migration at start-up and the Redis client.
 */
package org.quizmarker.platform;
