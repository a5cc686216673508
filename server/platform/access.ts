/** What a route declares about who may call it; enforced by the session hook (modules/auth). */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Callable without a session. */
    public?: boolean;
    /** Callable before the current terms are accepted (sign-in, session, profile, export, deletion). */
    termsExempt?: boolean;
    /** The permission needed beyond being signed in. */
    permission?: string;
  }
}

export {};
