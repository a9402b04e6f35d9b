import"./modulepreload-polyfill-P2Xu9kJm.js";var e,t,n,r,i,a,o,s,c,l,u,d={},f=[],p=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function h(e,t){for(var n in t)e[n]=t[n];return e}function g(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return v(t,s,i,a,null)}function v(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function x(e,t){if(t==null)return e.__?x(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?x(e):null}function S(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return S(e)}}function C(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!w.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(w)}function w(){for(var e,n,i,a,s,c,l,u=1;r.length;)r.length>u&&r.sort(o),e=r.shift(),u=r.length,e.__d&&(i=void 0,a=void 0,s=(a=(n=e).__v).__e,c=[],l=[],n.__P&&((i=h({},a)).__v=a.__v+1,t.vnode&&t.vnode(i),oe(n.__P,i,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,c,s??x(a),!!(32&a.__u),l),i.__v=a.__v,i.__.__k[i.__i]=i,ce(c,i,l),a.__e=a.__=null,i.__e!=s&&S(i)));w.__r=0}function ee(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y,b=r&&r.__k||f,x=t.length;for(c=te(n,t,b,c,x),p=0;p<x;p++)(h=n.__k[p])!=null&&(m=h.__i==-1?d:b[h.__i]||d,h.__i=p,v=oe(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&E(m.ref,null,h),u.push(h.ref,h.__c||g,h)),_==null&&g!=null&&(_=g),(y=!!(4&h.__u))||m.__k===h.__k?c=T(h,c,e,y):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=_,c}function te(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):m(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=ne(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=x(s)),de(s,s));return r}function T(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=T(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=x(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ne(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function re(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||p.test(t)?n:n+`px`}function ie(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||re(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||re(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(s,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=c,e.addEventListener(t,a?u:l,a)):e.removeEventListener(t,a?u:l,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function ae(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n.t==null)n.t=c++;else if(n.t<r.u)return;return r(t.event?t.event(n):n)}}}function oe(e,n,r,i,a,o,s,c,l,u){var d,f,p,_,v,x,S,C,w,te,T,ne,re,ie,ae,oe,ce,E=n.type;if(n.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);n:if(typeof E==`function`)try{if(C=n.props,w=`prototype`in E&&E.prototype.render,te=(d=E.contextType)&&i[d.__c],T=d?te?te.props.value:d.__:i,r.__c?S=(f=n.__c=r.__c).__=f.__E:(w?n.__c=f=new E(C,T):(n.__c=f=new b(C,T),f.constructor=E,f.render=fe),te&&te.sub(f),f.props=C,f.state||(f.state={}),f.context=T,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),w&&f.__s==null&&(f.__s=f.state),w&&E.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=h({},f.__s)),h(f.__s,E.getDerivedStateFromProps(C,f.__s))),_=f.props,v=f.state,f.__v=n,p)w&&E.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),w&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(w&&E.getDerivedStateFromProps==null&&C!==_&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(C,T),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(C,f.__s,T)||n.__v==r.__v){for(n.__v!=r.__v&&(f.props=C,f.state=f.__s,f.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),ne=0;ne<f._sb.length;ne++)f.__h.push(f._sb[ne]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(C,f.__s,T),w&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(_,v,x)})}if(f.context=T,f.props=C,f.__P=e,f.__e=!1,re=t.__r,ie=0,w){for(f.state=f.__s,f.__d=!1,re&&re(n),d=f.render(f.props,f.state,f.context),ae=0;ae<f._sb.length;ae++)f.__h.push(f._sb[ae]);f._sb=[]}else do f.__d=!1,re&&re(n),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++ie<25);f.state=f.__s,f.getChildContext!=null&&(i=h(h({},i),f.getChildContext())),w&&!p&&f.getSnapshotBeforeUpdate!=null&&(x=f.getSnapshotBeforeUpdate(_,v)),oe=d,d!=null&&d.type===y&&d.key==null&&(oe=le(d.props.children)),c=ee(e,m(oe)?oe:[oe],n,r,i,a,o,s,c,l,u),f.base=n.__e,n.__u&=-161,f.__h.length&&s.push(f),S&&(f.__E=f.__=null)}catch(e){if(n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,n.__e=c}else{for(ce=o.length;ce--;)g(o[ce]);se(n)}}else n.__e=r.__e,n.__k=r.__k,e.then||se(n);t.__e(e,n,r)}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=ue(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function se(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(se)}function ce(e,n,r){for(var i=0;i<r.length;i++)E(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function le(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:m(e)?e.map(le):h({},e)}function ue(n,r,i,a,o,s,c,l,u){var f,p,h,_,v,y,b,S=i.props,C=r.props,w=r.type;if(w==`svg`?o=`http://www.w3.org/2000/svg`:w==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(f=0;f<s.length;f++)if((v=s[f])&&`setAttribute`in v==!!w&&(w?v.localName==w:v.nodeType==3)){n=v,s[f]=null;break}}if(n==null){if(w==null)return document.createTextNode(C);n=document.createElementNS(o,w,C.is&&C),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(w==null)S===C||l&&n.data==C||(n.data=C);else{if(s&&=e.call(n.childNodes),S=i.props||d,!l&&s!=null)for(S={},f=0;f<n.attributes.length;f++)S[(v=n.attributes[f]).name]=v.value;for(f in S)if(v=S[f],f!=`children`){if(f==`dangerouslySetInnerHTML`)h=v;else if(!(f in C)){if(f==`value`&&`defaultValue`in C||f==`checked`&&`defaultChecked`in C)continue;ie(n,f,null,v,o)}}for(f in C)v=C[f],f==`children`?_=v:f==`dangerouslySetInnerHTML`?p=v:f==`value`?y=v:f==`checked`?b=v:l&&typeof v!=`function`||S[f]===v||ie(n,f,v,S[f],o);if(p)l||h&&(p.__html==h.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),r.__k=[];else if(h&&(n.innerHTML=``),ee(r.type==`template`?n.content:n,m(_)?_:[_],r,i,a,w==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&x(i,0),l,u),s!=null)for(f=s.length;f--;)g(s[f]);l||(f=`value`,w==`progress`&&y==null?n.removeAttribute(`value`):y!=null&&(y!==n[f]||w==`progress`&&!y||w==`option`&&y!=S[f])&&ie(n,f,y,S[f],o),f=`checked`,b!=null&&b!=n[f]&&ie(n,f,b,S[f],o))}return n}function E(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function de(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||E(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&de(i[a],n,r||typeof e.type!=`function`);r||g(e.__e),e.__c=e.__=e.__e=void 0}function fe(e,t,n){return this.constructor(e,n)}function pe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],oe(r,n=(!a&&i||r).__k=_(y,null,[n]),o||d,d,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ce(s,n,c)}e=f.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=h({},this.state);typeof e==`function`&&(e=e(h({},n),this.props)),e&&h(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),C(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),C(this))},b.prototype.render=y,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},w.__r=0,s=/(PointerCapture)$|Capture$/i,c=0,l=ae(!1),u=ae(!0);var me,D,he,ge,_e=0,ve=[],O=t,ye=O.__b,be=O.__r,xe=O.diffed,Se=O.__c,Ce=O.unmount,we=O.__;function Te(e,t){O.__h&&O.__h(D,e,_e||t),_e=0;var n=D.__H||(D.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function k(e){return _e=1,Ee(Fe,e)}function Ee(e,t,n){var r=Te(me++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Fe(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=D,!D.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};D.__f=!0;var a=D.shouldComponentUpdate,o=D.componentWillUpdate;D.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},D.shouldComponentUpdate=i}return r.__N||r.__}function A(e,t){var n=Te(me++,3);!O.__s&&Pe(n.__H,t)&&(n.__=e,n.u=t,D.__H.__h.push(n))}function De(e){return _e=5,Oe(function(){return{current:e}},[])}function Oe(e,t){var n=Te(me++,7);return Pe(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function ke(){for(var e;e=ve.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Me),e.__H.__h.forEach(Ne),e.__H.__h=[]}catch(t){e.__H.__h=[],O.__e(t,e.__v)}}O.__b=function(e){D=null,ye&&ye(e)},O.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),we&&we(e,t)},O.__r=function(e){be&&be(e),me=0;var t=(D=e.__c).__H;t&&(he===D?(t.__h=[],D.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(Me),t.__h.forEach(Ne),t.__h=[],me=0)),he=D},O.diffed=function(e){xe&&xe(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(ve.push(t)!==1&&ge===O.requestAnimationFrame||((ge=O.requestAnimationFrame)||je)(ke)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),he=D=null},O.__c=function(e,t){t.some(function(e){try{e.__h.forEach(Me),e.__h=e.__h.filter(function(e){return!e.__||Ne(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],O.__e(n,e.__v)}}),Se&&Se(e,t)},O.unmount=function(e){Ce&&Ce(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{Me(e)}catch(e){t=e}}),n.__H=void 0,t&&O.__e(t,n.__v))};var Ae=typeof requestAnimationFrame==`function`;function je(e){var t,n=function(){clearTimeout(r),Ae&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Ae&&(t=requestAnimationFrame(n))}function Me(e){var t=D,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),D=t}function Ne(e){var t=D;e.__c=e.__(),D=t}function Pe(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Fe(e,t){return typeof t==`function`?t(e):t}var Ie=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Ie(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},Le=new Map;function Re(e){var t=Le.get(this);return t||(t=new Map,Le.set(this,t)),(t=Ie(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var j=Re.bind(_),ze={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},Be=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},M,N;function P(e){return new Be(`Syntax Error: Unexpected token at ${N} in ${e}`)}function Ve(e){if(e.lastIndex=N,e.test(M))return M.slice(N,N=e.lastIndex)}var He=/ +(?=[^\s])/y;function Ue(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)He.lastIndex=0,He.test(t[o])&&(o&&(!r||He.lastIndex<r)&&(r=He.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function F(){for(var e=0|M.charCodeAt(N++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|M.charCodeAt(N++))if(e===35)for(;(e=0|M.charCodeAt(N++))&&e!==10&&e!==13;);N--}function We(){for(var e=N,t=0|M.charCodeAt(N++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|M.charCodeAt(N++));if(e===N-1)throw P(`Name`);var n=M.slice(e,--N);return F(),n}function I(){return{kind:`Name`,value:We()}}var Ge=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Ke=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function qe(e){var t;switch(M.charCodeAt(N)){case 91:N++,F();for(var n=[];M.charCodeAt(N)!==93;)n.push(qe(e));return N++,F(),{kind:`ListValue`,values:n};case 123:N++,F();for(var r=[];M.charCodeAt(N)!==125;){var i=I();if(M.charCodeAt(N++)!==58)throw P(`ObjectField`);F(),r.push({kind:`ObjectField`,name:i,value:qe(e)})}return N++,F(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw P(`Variable`);return N++,{kind:`Variable`,name:I()};case 34:if(M.charCodeAt(N+1)===34&&M.charCodeAt(N+2)===34){if(N+=3,(t=Ve(Ge))==null)throw P(`StringValue`);return F(),{kind:`StringValue`,value:Ue(t.slice(0,-3)),block:!0}}var a=N,o;N++;var s=!1;for(o=0|M.charCodeAt(N++);o===92&&(N++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|M.charCodeAt(N++));if(o!==34)throw P(`StringValue`);return t=M.slice(a,N),F(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=N++,l;(l=0|M.charCodeAt(N++))>=48&&l<=57;);var u=M.slice(c,--N);if((l=M.charCodeAt(N))===46||l===69||l===101){if((t=Ve(Ke))==null)throw P(`FloatValue`);return F(),{kind:`FloatValue`,value:u+t}}return F(),{kind:`IntValue`,value:u};case 110:if(M.charCodeAt(N+1)===117&&M.charCodeAt(N+2)===108&&M.charCodeAt(N+3)===108)return N+=4,F(),{kind:`NullValue`};break;case 116:if(M.charCodeAt(N+1)===114&&M.charCodeAt(N+2)===117&&M.charCodeAt(N+3)===101)return N+=4,F(),{kind:`BooleanValue`,value:!0};break;case 102:if(M.charCodeAt(N+1)===97&&M.charCodeAt(N+2)===108&&M.charCodeAt(N+3)===115&&M.charCodeAt(N+4)===101)return N+=5,F(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:We()}}function Je(e){if(M.charCodeAt(N)===40){var t=[];N++,F();do{var n=I();if(M.charCodeAt(N++)!==58)throw P(`Argument`);F(),t.push({kind:`Argument`,name:n,value:qe(e)})}while(M.charCodeAt(N)!==41);return N++,F(),t}}function L(e){if(M.charCodeAt(N)===64){var t=[];do N++,t.push({kind:`Directive`,name:I(),arguments:Je(e)});while(M.charCodeAt(N)===64);return t}}function Ye(){for(var e=0;M.charCodeAt(N)===91;)e++,N++,F();var t={kind:`NamedType`,name:I()};do if(M.charCodeAt(N)===33&&(N++,F(),t={kind:`NonNullType`,type:t}),e){if(M.charCodeAt(N++)!==93)throw P(`NamedType`);F(),t={kind:`ListType`,type:t}}while(e--);return t}function Xe(){if(M.charCodeAt(N++)!==123)throw P(`SelectionSet`);return F(),Ze()}function Ze(){var e=[];do if(M.charCodeAt(N)===46){if(M.charCodeAt(++N)!==46||M.charCodeAt(++N)!==46)throw P(`SelectionSet`);switch(N++,F(),M.charCodeAt(N)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:L(!1),selectionSet:Xe()});break;case 111:M.charCodeAt(N+1)===110?(N+=2,F(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:I()},directives:L(!1),selectionSet:Xe()})):e.push({kind:`FragmentSpread`,name:I(),directives:L(!1)});break;case 123:N++,F(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:Ze()});break;default:e.push({kind:`FragmentSpread`,name:I(),directives:L(!1)})}}else{var t=I(),n=void 0;M.charCodeAt(N)===58&&(N++,F(),n=t,t=I());var r=Je(!1),i=L(!1),a=void 0;M.charCodeAt(N)===123&&(N++,F(),a=Ze()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(M.charCodeAt(N)!==125);return N++,F(),{kind:`SelectionSet`,selections:e}}function Qe(){if(F(),M.charCodeAt(N)===40){var e=[];N++,F();do{var t=void 0;if(M.charCodeAt(N)===34&&(t=qe(!0)),M.charCodeAt(N++)!==36)throw P(`Variable`);var n=I();if(M.charCodeAt(N++)!==58)throw P(`VariableDefinition`);F();var r=Ye(),i=void 0;M.charCodeAt(N)===61&&(N++,F(),i=qe(!0)),F();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:L(!0)};t&&(a.description=t),e.push(a)}while(M.charCodeAt(N)!==41);return N++,F(),e}}function $e(e){var t=I();if(M.charCodeAt(N++)!==111||M.charCodeAt(N++)!==110)throw P(`FragmentDefinition`);F();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:I()},directives:L(!1),selectionSet:Xe()};return e&&(n.description=e),n}function et(){var e=[];do{var t=void 0;if(M.charCodeAt(N)===34&&(t=qe(!0)),M.charCodeAt(N)===123){if(t)throw P(`Document`);N++,F(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:Ze()})}else{var n=We();switch(n){case`fragment`:e.push($e(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=M.charCodeAt(N))!==40&&r!==64&&r!==123&&(i=I());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:Qe(),directives:L(!1),selectionSet:Xe()};t&&(a.description=t),e.push(a);break;default:throw P(`Document`)}}}while(N<M.length);return e}function tt(e,t){return M=e.body?e.body:e,N=0,F(),t&&t.noLocation?{kind:`Document`,definitions:et()}:{kind:`Document`,definitions:et(),loc:{start:0,end:M.length,startToken:void 0,endToken:void 0,source:{body:M,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}function R(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function nt(e){return JSON.stringify(e)}function rt(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var z=`
`,B={OperationDefinition(e){var t=``;e.description&&(t+=B.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+R(e.variableDefinitions,`, `,B.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive));var n=B.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=B.StringValue(e.description)+` `),t+=B.Variable(e.variable)+`: `+V(e.type),e.defaultValue&&(t+=` = `+V(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=R(e.arguments,`, `,B.Argument);t.length+n.length+2>80?t+=`(`+(z+=`  `)+R(e.arguments,z,B.Argument)+(z=z.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+B.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?rt(e.value).replace(/\n/g,z):nt(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+R(e.values,`, `,V)+`]`,ObjectValue:e=>`{`+R(e.fields,`, `,B.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+V(e.value),Document(e){return!e.definitions||!e.definitions.length?``:R(e.definitions,`

`,V)},SelectionSet:e=>`{`+(z+=`  `)+R(e.selections,z,V)+(z=z.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+V(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive)),t+=` `+B.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=B.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+R(e.directives,` `,B.Directive)),t+` `+B.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+R(e.arguments,`, `,B.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+V(e.type)+`]`,NonNullType:e=>V(e.type)+`!`},V=e=>B[e.kind](e);function it(e){return z=`
`,B[e.kind]?B[e.kind](e):``}var at={"X-Walker-CSRF":`1`},ot=``,st=class extends Error{field;constructor(e,t=``){super(e),this.field=t}};async function ct(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var lt=`walker.session`;async function ut(e){if(!e.ok)throw new st(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);ot=(await e.json()).accessToken,localStorage.setItem(lt,`1`)}var dt=null;function ft(){return dt??=(async()=>{if(!localStorage.getItem(lt))return!1;let e=await ct(`/auth/refresh`,{},at);return e.ok?(await ut(e),!0):(localStorage.removeItem(lt),!1)})().finally(()=>dt=null),dt}async function pt(e){let t=await ct(`/auth/register/begin`,e,ot?{Authorization:`Bearer ${ot}`}:{});if(!t.ok){if(t.status!==400)throw new st(`This invitation link is not valid any more: ask your admin for a new one.`);let e=(await t.json().catch(()=>null))?.errors?.[0];throw new st(e?.message??`Check the form.`,e?.extensions?.field)}let n=await t.json(),r=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(n.publicKey)});if(!r)throw new st(`No passkey was created.`);await ut(await ct(`/auth/register/finish`,r.toJSON()))}async function mt(e,t=!1){let n=await ct(`/auth/login/begin`,{});if(!n.ok)throw new st(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new st(`No passkey was chosen.`);await ut(await ct(`/auth/login/finish`,i.toJSON()))}async function ht(e=!1){e&&await ct(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${ot}`}),await ct(`/auth/logout`,{},at),ot=``,localStorage.removeItem(lt)}var gt=class extends Error{},_t=class extends Error{code;status;field;constructor(e,t,n,r=``){super(e),this.code=t,this.status=n,this.field=r}};function vt(){try{let{exp:e}=JSON.parse(atob(ot.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function yt(e,t){for(let n=0;;n++){vt()&&await ft().catch(()=>!1);let r;try{r=await ct(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${ot}`})}catch{throw new gt(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0];if(!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new gt(`The server is busy.`):new _t(`Unexpected answer.`,`INTERNAL`,r.status)}let o=a.extensions?.code??`INTERNAL`;if(o===`UNAUTHENTICATED`&&n===0)ot=``;else throw new _t(a.message,o,r.status,a.extensions?.field)}}async function bt(e,t){return await yt(it(e),t)}var xt=(e,t)=>t.some(t=>e instanceof t),St,Ct;function wt(){return St||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function Tt(){return Ct||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var Et=new WeakMap,Dt=new WeakMap,Ot=new WeakMap;function kt(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(Ft(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Ot.set(t,e),t}function At(e){if(Et.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});Et.set(e,t)}var jt={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return Et.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return Ft(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Mt(e){jt=e(jt)}function Nt(e){return Tt().includes(e)?function(...t){return e.apply(It(this),t),Ft(this.request)}:function(...t){return Ft(e.apply(It(this),t))}}function Pt(e){return typeof e==`function`?Nt(e):(e instanceof IDBTransaction&&At(e),xt(e,wt())?new Proxy(e,jt):e)}function Ft(e){if(e instanceof IDBRequest)return kt(e);if(Dt.has(e))return Dt.get(e);let t=Pt(e);return t!==e&&(Dt.set(e,t),Ot.set(t,e)),t}var It=e=>Ot.get(e);function Lt(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=Ft(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(Ft(o.result),e.oldVersion,e.newVersion,Ft(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var Rt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],zt=[`put`,`add`,`delete`,`clear`],Bt=new Map;function Vt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Bt.get(t))return Bt.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=zt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||Rt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Bt.set(t,a),a}Mt(e=>({...e,get:(t,n,r)=>Vt(t,n)||e.get(t,n,r),has:(t,n)=>!!Vt(t,n)||e.has(t,n)}));var Ht=[`continue`,`continuePrimaryKey`,`advance`],Ut={},Wt=new WeakMap,Gt=new WeakMap,Kt={get(e,t){if(!Ht.includes(t))return e[t];let n=Ut[t];return n||=Ut[t]=function(...e){Wt.set(this,Gt.get(this)[t](...e))},n}};async function*qt(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,Kt);for(Gt.set(n,t),Ot.set(n,It(t));t;)yield n,t=await(Wt.get(n)||t.continue()),Wt.delete(n)}function Jt(e,t){return t===Symbol.asyncIterator&&xt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&xt(e,[IDBIndex,IDBObjectStore])}Mt(e=>({...e,get(t,n,r){return Jt(t,n)?qt:e.get(t,n,r)},has(t,n){return Jt(t,n)||e.has(t,n)}}));var Yt=null,Xt=()=>Lt(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}});async function Zt(e,t){let n=it(e),r=n+`
`+JSON.stringify(t);Yt??=Xt();try{let e=await yt(n,t);return await(await Yt).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof gt))throw e;let t=await(await Yt).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function Qt(){Yt??=Xt(),await(await Yt).clear(`reads`)}var $t=e=>({[e instanceof Error&&`field`in e?String(e.field??``):``]:e instanceof Error?e.message:String(e)}),en=e=>e?new FormData(e):new FormData;function tn(e,t={}){let n=De(null),[r,i]=k(!1),[a,o]=k(t),[,s]=k(0),[c,l]=k(0),u=new Set,d={...a,...r?e(en(n.current)):{}};return A(()=>{if(!c)return;let e=n.current?.querySelector(`[aria-invalid="true"]`);e?.focus({preventScroll:!0}),e?.scrollIntoView({block:`center`})},[c]),A(()=>{Object.keys(t).length&&l(e=>e+1)},[]),{ref:n,errors:d,field(e){return u.add(e),{name:e,"aria-invalid":d[e]?`true`:void 0,"aria-describedby":d[e]?`err-`+e:void 0}},error(e){return u.add(e),d[e]?j`<span class="field-error" id=${`err-`+e} data-field=${e}>${d[e]}</span>`:null},others(){let e=Object.entries(d).filter(([e])=>!u.has(e));return e.length?j`<div class="error" role="alert">${e.map(([e,t])=>j`<p>${e?e+`: `:``}${t}</p>`)}</div>`:null},submit(t){return r=>{r.preventDefault();let a=en(n.current);i(!0),Object.keys(e(a)).length?l(e=>e+1):(o({}),t(a))}},refuse(e){o(e),l(e=>e+1)},onInput(e){let t=e.target?.name;t&&a[t]&&o(({[t]:e,...n})=>n),s(e=>e+1)}}}var nn={_comment:`Generated by go generate (ent/entc.go) from the rules declared in ent/schema; do not edit. The server enforces them; the app (pwa) checks the same rules, with the same messages, before anything is sent. Entities and fields are named as in the GraphQL schema. Text is trimmed of the characters in 'blank' at both ends before any rule applies, and lengths count characters (code points), not bytes. A field with maxAheadHours is a time refused before earliestDate and after now plus that many hours, its date (YYYY-MM-DD, UTC) in the message.`,blank:`[\\s\\u0085\\p{Cf}\\u034f\\u115f\\u1160\\u3164\\uffa0]`,earliestDate:`2000-01-01`,emailPattern:`^[^@\\t\\n\\f\\r ]+@[^@\\t\\n\\f\\r ]+\\.[^@\\t\\n\\f\\r ]+$`,messages:{email:`must be an email address, such as name@example.com`,maxChars:`must be at most {max} characters`,notAfter:`must not be later than {date}`,notBefore:`must not be before {date}`,range:`must be between {min} and {max}`,required:`must not be empty`},entities:{APIToken:{name:{required:!0,maxChars:120}},Commitment:{target:{min:1,max:1e4}},Conversation:{durationMinutes:{min:0,max:1440},heard:{maxChars:1e4},occurredAt:{maxAheadHours:24},painPoints:{maxChars:1e4}},Customer:{company:{maxChars:200},externalId:{maxChars:120},name:{required:!0,maxChars:200},persona:{maxChars:120},segment:{maxChars:120},source:{maxChars:120}},Decision:{clvImpact:{min:-0xe8d4a51000,max:0xe8d4a51000},context:{maxChars:1e4},customerBenefit:{maxChars:2e3,benefit:!0},decidedAt:{maxAheadHours:24},optionsConsidered:{maxChars:1e4},realisedImpact:{maxChars:1e4},reviewOn:{maxAheadHours:43800},title:{required:!0,maxChars:200}},Endorsement:{comment:{maxChars:2e3}},FeedbackReview:{heldAt:{maxAheadHours:43800},notes:{maxChars:1e4},title:{required:!0,maxChars:200}},FollowUp:{action:{required:!0,maxChars:2e3},doneAt:{maxAheadHours:24},dueOn:{maxAheadHours:43800}},Invitation:{email:{maxChars:254,email:!0}},Leader:{email:{required:!0,maxChars:254,email:!0},name:{required:!0,maxChars:200},team:{maxChars:120},title:{maxChars:120}},Nomination:{decisionNote:{maxChars:2e3},story:{required:!0,maxChars:4e3}},Organization:{name:{required:!0,maxChars:200}},Passkey:{name:{required:!0,maxChars:120}},WebhookEndpoint:{description:{maxChars:120},url:{required:!0,maxChars:2e3}}}},rn={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},an=new Set(rn.placeholders);function on(e){let t=e.trim();if([...t].length<rn.minLength)return rn.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return an.has(r)||i.length<rn.minLetters||new Set(i).size<rn.minDistinctLetters?rn.message:``}rn.examples;var sn=nn.entities,cn=RegExp(`^${nn.blank}+|${nn.blank}+$`,`gu`),ln=new RegExp(nn.emailPattern,`u`),un=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>String(t[n])),H=e=>e.replace(cn,``);function dn(e,t,n,r=new Date){let i=sn[e]?.[t];if(!i)return``;let a=nn.messages,o=typeof n==`string`?H(n):n;if(o==null||o===``)return i.benefit?on(``):i.required?a.required:``;if(i.maxAheadHours!==void 0){let e=new Date(o).getTime(),t=new Date(nn.earliestDate+`T00:00:00Z`).getTime(),n=r.getTime()+i.maxAheadHours*36e5;return Number.isNaN(e)||e<t?un(a.notBefore,{date:nn.earliestDate}):e>n?un(a.notAfter,{date:new Date(n).toISOString().slice(0,10)}):``}if(i.min!==void 0||i.max!==void 0){let e=Number(o),t=i.min??-1/0,n=i.max??1/0;return Number.isFinite(e)&&e>=t&&e<=n?``:un(a.range,{min:t,max:n})}let s=String(o);return i.maxChars!==void 0&&[...s].length>i.maxChars?un(a.maxChars,{max:i.maxChars}):i.email&&!ln.test(s)?a.email:i.benefit?on(s):``}function U(e,t,n=new Date){let r={};for(let[i,a]of Object.entries(t)){let t=dn(e,i,a,n);t&&(r[i]=t)}return r}function fn(e){return e instanceof st?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function pn({token:e,done:t}){let[n,r]=k(!1),i=new URLSearchParams(location.search).has(`setup`),a=e=>({name:H(String(e.get(`name`)??``)),email:H(String(e.get(`email`)??``)),organization:H(String(e.get(`organization`)??``)),passkeyName:H(String(e.get(`passkeyName`)??``))}),o=tn(e=>{let t=a(e),n=[[`name`,`Leader`,`name`,t.name],[`passkeyName`,`Passkey`,`name`,t.passkeyName]];return i&&n.push([`organization`,`Organization`,`name`,t.organization],[`email`,`Leader`,`email`,t.email]),Object.fromEntries(n.map(([e,t,n,r])=>[e,dn(t,n,r)]).filter(([,e])=>e))}),s=o.submit(async n=>{let s=a(n);r(!0);try{await pt({invitation:e,name:s.name,email:i?s.email:``,...i?{organization:s.organization}:{},passkeyName:s.passkeyName}),history.replaceState(null,``,`/`),t()}catch(e){o.refuse(e instanceof st?{[e.field]:e.message}:{"":fn(e)})}finally{r(!1)}});return j`<h1>${i?`Set up Walker`:`Welcome to Walker`}</h1>
    <p class="muted">${i?`You are the first admin. Name your organization and say who you are.`:`You were invited.`} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} onInput=${o.onInput} ref=${o.ref} aria-label="Create a passkey" novalidate>
      ${i&&j`<label>Organization <input autocomplete="organization" required ...${o.field(`organization`)} />${o.error(`organization`)}</label>`}
      <label>Your name <input autocomplete="name" required ...${o.field(`name`)} />${o.error(`name`)}</label>
      ${i&&j`<label>Your email <input type="email" autocomplete="email" required ...${o.field(`email`)} />${o.error(`email`)}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${o.field(`passkeyName`)} />${o.error(`passkeyName`)}</label>
      ${o.others()}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function mn({done:e}){let[t,n]=k(``),[r,i]=k(!1),[a]=k(()=>new AbortController);A(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&mt(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await mt(),e()}catch(e){n(fn(e))}finally{i(!1)}}return j`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&j`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var hn=0,gn=new Set;function _n(){function e(e,t){var n=tt(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===ze.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===ze.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:ze.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{hn++;var t=``;for(var n of e)if(!gn.has(n)){gn.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--hn==0&&gn.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:ze.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}_n();var W=_n(),vn=`local:`,yn=e=>vn+e,bn=e=>typeof e==`string`&&e.startsWith(vn);function xn(e,t=[]){return bn(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>xn(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>xn(e,t)),t}function Sn(e,t){return bn(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>Sn(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,Sn(n,t)])):e}var G=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await Lt(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t,n={}){let r=await this.db.get(`outbox`,e);r&&(await this.db.put(`outbox`,{...r,...n,status:`waiting`,error:void 0,field:void 0,variables:t??r.variables}),this.changed())}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.resolve(n);if(!r)continue;await this.db.put(`outbox`,{...n,status:`sending`,attempts:n.attempts+1}),this.changed();let i;try{i=await e({...n,variables:r})}catch{i={kind:`retry`}}if(i.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);i.id&&await e.objectStore(`ids`).put({clientID:n.id,id:i.id}),await e.objectStore(`outbox`).delete(n.id),await e.done,t++;continue}let a=await this.db.get(`outbox`,n.id);if(a){if(i.kind===`refused`)await this.db.put(`outbox`,{...a,status:`attention`,error:i.message,field:i.field});else{await this.db.put(`outbox`,{...a,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=xn(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return Sn(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}}.open(),K=()=>crypto.randomUUID(),Cn=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function wn(e){try{let t=await yt(e.query,e.variables);return{kind:`stored`,id:Object.values(t)[0]?.id}}catch(e){return e instanceof gt?{kind:`retry`}:e instanceof _t&&!Cn.has(e.code)&&e.status<500?{kind:`refused`,message:e.message,field:e.field||void 0}:{kind:`retry`}}}var Tn=new Set;function En(e){return Tn.add(e),()=>Tn.delete(e)}async function Dn(){let e=await(await G).replay(wn);return e>0&&Tn.forEach(e=>e()),e}async function On(e,t,n,r,i){let a=await(await G).add({id:e,label:t,query:it(n),variables:r,draft:i});return Dn(),a}async function kn(e,t,n,r,i,a){e?(await(await G).retry(e.id,i,{label:n,draft:a}),Dn()):await On(t,n,r,i,a)}var An=!1;async function jn(){An||(An=!0,await(await G).recover(),addEventListener(`online`,()=>void Dn()),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&void Dn()),setInterval(()=>void Dn(),3e4),await Dn())}function Mn(){let[e,t]=k(location.hash);A(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var Nn=e=>{location.hash=e};function q(e,t){let[n,r]=k({data:null,asOf:null,error:``}),[i,a]=k(0),o=JSON.stringify(t);A(()=>En(()=>a(e=>e+1)),[]),A(()=>{let n=!0;return Zt(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r({data:null,asOf:null,error:e instanceof Error?e.message:String(e)})),()=>{n=!1}},[o,i]);let s=()=>{r(e=>e.error?{data:null,asOf:null,error:``}:e),a(e=>e+1)};return{...n,reload:s}}function J(){let[e,t]=k([]);return A(()=>{let e=()=>{},n=!0;return G.then(r=>{let i=()=>r.list().then(e=>n&&t(e));e=r.subscribe(i),i()}),()=>{n=!1,e()}},[]),e}var Y=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function Pn(){let[e,t]=k(navigator.onLine);return A(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var X=e=>new Date(e).toLocaleDateString(void 0,{day:`numeric`,month:`short`,year:`numeric`}),Fn=e=>new Date(e).toLocaleString(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),Z=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),In=()=>new Date().toISOString().slice(0,7);function Ln({what:e,error:t,retry:n}){return j`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${e}.</strong> ${t}</p>
    <button type="button" class="secondary" onClick=${n}>Retry</button>
  </div>`}function Q({r:e,what:t=`this screen`}){return e.error?j`<${Ln} what=${t} error=${e.error} retry=${e.reload} />`:e.data?e.asOf?j`<p class="asof" data-testid="as-of">Offline: as of ${Fn(e.asOf)}</p>`:null:j`<p class="muted" aria-live="polite">Loading…</p>`}var Rn={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`},zn=({e})=>j`<span class=${`badge `+e.status}>${Rn[e.status]}</span>`,Bn=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function $({section:e,children:t}){let n=Pn(),r=J(),i=r.length,a=r.filter(e=>e.status===`attention`).length;return j`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${a?`sync attention`:`sync`} data-testid="pending">${i===0?`All synced`:`${i} waiting to sync`}${a?` · ${a} to fix`:``}</a>
    </header>
    <div class="screen">${t}</div>
    <nav class="tabs" aria-label="Sections">
      ${Bn.map(([t,n,r])=>j`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}var Vn=W(`
  query Customers($where: CustomerWhereInput) {
    customers(first: 100, where: $where, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      edges { node { id name company segment } }
    }
  }
`),Hn=W(`
  query People {
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name role champion title } }
    }
  }
`),Un=W(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }
`),Wn=W(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { id } }
`),Gn=W(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }
`),Kn=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],qn=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],Jn=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16),Yn=e=>H(String(e??``))||null,Xn=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,Zn=e=>e?.variables.input??{},Qn=e=>e?.error?{[e.field??``]:e.error}:{};function $n({name:e,initial:t,server:n={},add:r,cancel:i}){let a=De(null),[o,s]=k(n),c=e=>a.current?.querySelector(`[name="customer.${e}"]`)?.value??``;A(()=>a.current?.querySelector(Object.keys(n).length?`[aria-invalid="true"]`:`input`)?.focus(),[]);function l(){let e={name:H(c(`name`)),company:Yn(c(`company`)),segment:Yn(c(`segment`))},t=U(`Customer`,e);s(t),Object.keys(t).length?requestAnimationFrame(()=>a.current?.querySelector(`[aria-invalid="true"]`)?.focus()):r(e)}let u=(e,t,n)=>j`<label>${t}
    <input name=${`customer.`+e} defaultValue=${String(n??``)} aria-invalid=${o[e]?`true`:void 0} aria-describedby=${o[e]?`err-customer-`+e:void 0}
      onInput=${()=>o[e]&&s(({[e]:t,...n})=>n)} />
    ${o[e]&&j`<span class="field-error" id=${`err-customer-`+e} data-field=${e}>${o[e]}</span>`}</label>`,d=Object.entries(o).filter(([e])=>![`name`,`company`,`segment`].includes(e));return j`<fieldset class="card" ref=${a} aria-label="New customer" onKeyDown=${e=>e.key===`Enter`&&(e.preventDefault(),l())}>
    <legend>New customer</legend>
    ${u(`name`,`Name`,t?.name??e)}
    ${u(`company`,`Company (optional)`,t?.company)}
    ${u(`segment`,`Segment (optional)`,t?.segment)}
    ${d.map(([e,t])=>j`<p class="error" role="alert">${e?e+`: `:``}${t}</p>`)}
    <div class="actions">
      <button type="button" onClick=${l}>Add the customer</button>
      ${i&&j`<button type="button" class="link" onClick=${i}>Cancel</button>`}
    </div>
  </fieldset>`}function er({picked:e,setPicked:t,invalid:n}){let[r,i]=k(``),[a,o]=k(!1),s=q(Vn,{where:null}),c=q(Vn,{where:r.trim()?{nameContainsFold:r.trim()}:null}),l=J(),u=r.trim().toLowerCase(),d=new Set,f=[...Y(l,`createCustomer`).map(e=>({id:yn(e.id),name:String(Zn(e).name)})),...[...c.data?.customers.edges??[],...s.data?.customers.edges??[]].flatMap(e=>e?.node?[{id:e.node.id,name:e.node.name+(e.node.company?` (${e.node.company})`:``)}]:[])],p=f.filter(t=>!d.has(t.id)&&(d.add(t.id),!0)&&t.name.toLowerCase().includes(u)&&!e.some(e=>e.id===t.id)),m=p.some(e=>e.name.toLowerCase()===u),h=e=>e.name||f.find(t=>t.id===e.id)?.name||`A customer`;async function g(n){let r=K();await On(r,`New customer ${n.name}`,Un,{input:{clientID:r,...n}}),t([...e,{id:yn(r),name:n.name}]),i(``),o(!1)}return j`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>j`<li><button type="button" class="chip on" aria-label=${`Remove `+h(n)} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${h(n)} ✕</button></li>`)}
    </ul>
    <label>Find a customer <input type="search" value=${r} onInput=${e=>(i(e.target.value),o(!1))} placeholder="Name" autocomplete="off"
      aria-invalid=${n?`true`:void 0} aria-describedby=${n?`err-customerIDs`:void 0} /></label>
    ${s.error&&j`<${Q} r=${s} what="the customers" />`}
    <ul class="options" aria-label="Customers found">
      ${p.slice(0,6).map(n=>j`<li><button type="button" class="option" onClick=${()=>(t([...e,n]),i(``))}>${n.name}</button></li>`)}
      ${u&&!m&&!a&&j`<li><button type="button" class="option add" onClick=${()=>o(!0)}>Add “${r.trim()}” as a new customer</button></li>`}
    </ul>
    ${a&&j`<${$n} name=${r.trim()} add=${g} cancel=${()=>o(!1)} />`}
  </fieldset>`}function tr({me:e,value:t,onChange:n}){let r=q(Hn,{});return j`<label>Owner <select value=${t||e} onChange=${e=>n(e.target.value)}>
      ${(r.data?.leaders.edges??[]).map(e=>e?.node&&j`<option value=${e.node.id}>${e.node.name}</option>`)}
      ${!r.data&&j`<option value=${t||e}>${t&&t!==e?`The owner chosen`:`Me`}</option>`}
    </select></label>
    ${r.error&&j`<${Q} r=${r} what="the people" />`}`}var nr=(e,t=``)=>{let n={},r=dn(`FollowUp`,`action`,e.action),i=dn(`FollowUp`,`dueOn`,Xn(e.due));return r&&(n[t+`action`]=r),i&&(n[t+`dueOn`]=i),n};function rr({me:e,fix:t}){let n=Zn(t),[r,i]=k(()=>t?.draft?.picked??(n.customerIDs??[]).map(e=>({id:e,name:``}))),[a,o]=k(n.mode??`VISIT`),[s,c]=k(n.sentiment??null),[l,u]=k([]),[d]=k(()=>Jn(n.occurredAt?new Date(String(n.occurredAt)):new Date)),[f,p]=k(!1),[m,h]=k(-1),g=(e,t)=>u(l.map((n,r)=>e===r?{...n,...t}:n)),_=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim();return{at:t,minutes:n,input:{mode:a,sentiment:s,customerIDs:r.map(e=>e.id),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:Yn(e.get(`heard`)),painPoints:Yn(e.get(`painPoints`))}}},v=tn(e=>{let{at:t,minutes:n,input:i}=_(e),a=U(`Conversation`,{occurredAt:i.occurredAt,durationMinutes:i.durationMinutes,heard:i.heard,painPoints:i.painPoints});return r.length===0&&(a.customerIDs=`Choose at least one customer, or add a new one.`),isNaN(t.getTime())&&(a.occurredAt=`Say when it happened: a date and a time.`),n!==``&&!a.durationMinutes&&!Number.isInteger(Number(n))&&(a.durationMinutes=`Minutes: a whole number.`),l.forEach((e,t)=>Object.assign(a,nr(e,`followUps.${t}.`))),a},Qn(t));A(()=>{m<0||(v.ref.current?.querySelector(`[name="followUps.${m}.action"]`)?.focus(),h(-1))},[m]);let y=v.submit(async n=>{p(!0);let i=t?.id??K();await kn(t,i,`Conversation with ${r.map(e=>e.name||`a customer`).join(`, `)}`,Wn,{input:{clientID:i,..._(n).input}},{picked:r});for(let t of l){let n=K();await On(n,`Follow-up: ${H(t.action)}`,Gn,{input:{clientID:n,action:H(t.action),ownerID:t.owner||e,dueOn:Xn(t.due),conversationID:yn(i)}})}Nn(t?`/pending`:`/conversations?saved=1`)}),b=v.errors;return j`<${$} section=${t?`more`:`conversations`}>
    <h1>${t?`Fix: log a conversation`:`Log a conversation`}</h1>
    ${t&&j`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    <form onSubmit=${y} onInput=${v.onInput} ref=${v.ref} aria-label="Log a conversation" novalidate>
      <${er} picked=${r} setPicked=${i} invalid=${!!b.customerIDs} />
      ${v.error(`customerIDs`)}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${Kn.map(e=>j`<button type="button" role="radio" aria-checked=${a===e} class=${a===e?`chip on`:`chip`} onClick=${()=>o(e)}>${Z(e)}</button>`)}
        </div>
        ${v.error(`mode`)}
      </fieldset>
      <div class="row">
        <label>When <input type="datetime-local" defaultValue=${d} required ...${v.field(`occurredAt`)} />${v.error(`occurredAt`)}</label>
        <label>Minutes <input type="number" inputmode="numeric" defaultValue=${n.durationMinutes??``} ...${v.field(`durationMinutes`)} />${v.error(`durationMinutes`)}</label>
      </div>
      <label>What we heard <textarea rows="3" defaultValue=${String(n.heard??``)} ...${v.field(`heard`)}></textarea>${v.error(`heard`)}</label>
      <label>Pain points <textarea rows="2" defaultValue=${String(n.painPoints??``)} ...${v.field(`painPoints`)}></textarea>${v.error(`painPoints`)}</label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${qn.map(e=>j`<button type="button" role="radio" aria-checked=${s===e} class=${s===e?`chip on`:`chip`} onClick=${()=>c(s===e?null:e)}>${Z(e)}</button>`)}
        </div>
        ${v.error(`sentiment`)}
      </fieldset>
      ${t?j`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:j`<fieldset><legend>Follow-ups</legend>
        ${l.map((t,n)=>j`<div class="followup">
          <label>Action <input value=${t.action} onInput=${e=>g(n,{action:e.target.value})} ...${v.field(`followUps.${n}.action`)} />${v.error(`followUps.${n}.action`)}</label>
          <div class="row">
            <${tr} me=${e} value=${t.owner} onChange=${e=>g(n,{owner:e})} />
            <label>Due <input type="date" value=${t.due} onInput=${e=>g(n,{due:e.target.value})} ...${v.field(`followUps.${n}.dueOn`)} />${v.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>u(l.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(u([...l,{action:``,owner:e,due:``}]),h(l.length))}>Add a follow-up</button>
      </fieldset>`}
      ${v.others()}
      <button type="submit" class="big" disabled=${f}>${t?`Send again`:`Save`}</button>
    </form>
  </${$}>`}function ir({me:e,fix:t}){let n=Zn(t),[r,i]=k(String(n.ownerID??e)),a=e=>({action:String(e.get(`action`)??``),owner:r,due:String(e.get(`dueOn`)??``)}),o=tn(e=>nr(a(e)),Qn(t));return j`<${$} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${o.submit(async e=>{let i=a(e);await kn(t,t.id,`Follow-up: ${H(i.action)}`,Gn,{input:{...n,clientID:t.id,action:H(i.action),ownerID:r,dueOn:Xn(i.due)}}),Nn(`/pending`)})} onInput=${o.onInput} ref=${o.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(n.action??``)} ...${o.field(`action`)} />${o.error(`action`)}</label>
      <div class="row">
        <${tr} me=${e} value=${r} onChange=${i} />
        <label>Due <input type="date" defaultValue=${n.dueOn?String(n.dueOn).slice(0,10):``} ...${o.field(`dueOn`)} />${o.error(`dueOn`)}</label>
      </div>
      ${o.error(`ownerID`)}
      ${o.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${$}>`}function ar({fix:e}){let t=Zn(e);async function n(n){await kn(e,e.id,`New customer ${n.name}`,Un,{input:{...t,clientID:e.id,...n}}),Nn(`/pending`)}return j`<${$} section="more">
    <h1>Fix: a new customer</h1>
    <${$n} name="" initial=${t} server=${Qn(e)} add=${n} />
  </${$}>`}var or=W(`
  query Nominations {
    champions: leaders(first: 100, where: { champion: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name title } }
    }
    nominations(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id story status createdAt nominee { id name } nominator { id name } customer { name }
        endorsements(first: 20) { totalCount edges { node { endorser { id name } comment } } } } }
    }
  }
`),sr=W(`
  query NominationEvidence {
    conversations(first: 20, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt leader { name } customers(first: 3) { edges { node { name } } } } }
    }
  }
`),cr=W(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { id } }
`),lr=W(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { id } }
`),ur=W(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { id } }
`),dr=W(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { id } }
`);function fr({me:e,admin:t}){let n=q(or,{}),r=J(),i=[...Y(r,`createNomination`),...Y(r,`createEndorsement`),...Y(r,`approveNomination`),...Y(r,`declineNomination`)],a=e=>i.some(t=>t.variables.id===e||t.variables.input?.nominationID===e),[o,s]=k({});async function c(e,t){let n=document.getElementById(`why-`+e),r=dn(`Endorsement`,`comment`,n?.value??``);if(s({...o,[e]:r}),r)return n?.focus();let i=K();await On(i,`Endorsement of ${t}`,lr,{input:{clientID:i,nominationID:e,comment:Yn(n?.value??``)}})}async function l(e,t,n){n?await On(K(),`Approve ${t}`,ur,{id:e,note:null}):await On(K(),`Decline ${t}`,dr,{id:e,note:null})}let u=n.data?.nominations.edges?.filter(e=>e?.node?.status===`OPEN`)??[];return j`<${$} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${i.length>0&&j`<ul class="list" aria-label="Waiting to sync">${i.map(e=>j`<li class="pending">${e.label} <${zn} e=${e} /></li>`)}</ul>`}
    <${Q} r=${n} what="the champions" />
    ${n.data&&j`
      <h2>Open nominations</h2>
      ${u.length===0&&j`<p class="muted">None open.</p>`}
      <ul class="list">
        ${u.map(n=>{let r=n.node,i=r.nominee.id===e||r.nominator.id===e,s=r.endorsements.edges?.some(t=>t?.node?.endorser.id===e);return j`<li class="nomination" data-testid="nomination">
            <strong>${r.nominee.name}</strong> <span class="muted">nominated by ${r.nominator.name}, ${X(r.createdAt)}</span>
            <p>${r.story}${r.customer?j` <span class="muted">(for ${r.customer.name})</span>`:``}</p>
            <p class="muted">${r.endorsements.totalCount} endorsement(s)${r.endorsements.edges?.length?`: `+r.endorsements.edges.map(e=>e?.node?.endorser.name).join(`, `):``}</p>
            <div class="actions">
              ${!i&&!s&&!a(r.id)&&j`<label>Why you endorse (optional) <input id=${`why-`+r.id}
                aria-invalid=${o[r.id]?`true`:void 0} aria-describedby=${o[r.id]?`err-why-`+r.id:void 0} />
                ${o[r.id]&&j`<span class="field-error" id=${`err-why-`+r.id}>${o[r.id]}</span>`}</label><button type="button" class="secondary" onClick=${()=>c(r.id,r.nominee.name)}>Endorse ${r.nominee.name}</button>`}
              ${t&&!a(r.id)&&j`<button type="button" onClick=${()=>l(r.id,r.nominee.name,!0)}>Approve</button>
                <button type="button" class="secondary" onClick=${()=>l(r.id,r.nominee.name,!1)}>Decline</button>`}
            </div>
          </li>`})}
      </ul>
      <h2>Champions</h2>
      ${(n.data.champions.edges?.length??0)===0&&j`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`}
      <ul class="list" data-testid="champions">
        ${n.data.champions.edges?.map(e=>e?.node&&j`<li>★ <strong>${e.node.name}</strong>${e.node.title?j` <span class="muted">${e.node.title}</span>`:``}</li>`)}
      </ul>`}
  </${$}>`}function pr({me:e,fix:t}){let n=Zn(t),r=q(Hn,{}),i=q(Vn,{where:null}),a=q(sr,{}),o=e=>({nomineeID:String(e.get(`nomineeID`)??``),story:H(String(e.get(`story`)??``)),customerID:String(e.get(`customerID`)||``)||null,conversationID:String(e.get(`conversationID`)||``)||null}),s=tn(e=>{let t=o(e),n=U(`Nomination`,{story:t.story});return t.nomineeID||(n.nomineeID=`Choose whom you nominate.`),n},Qn(t)),c=s.submit(async e=>{let n=o(e),i=r.data?.leaders.edges?.find(e=>e?.node?.id===n.nomineeID)?.node?.name??`a peer`,a=t?.id??K();await kn(t,a,`Nomination of ${i}`,cr,{input:{clientID:a,...n}}),Nn(t?`/pending`:`/champions`)}),l=(e,t)=>n[e]===t;return j`<${$} section=${t?`more`:`champions`}>
    <h1>${t?`Fix: nominate a champion`:`Nominate a champion`}</h1>
    ${t&&j`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${c} onInput=${s.onInput} ref=${s.ref} aria-label="Nominate a champion" novalidate>
      <label>Who <select required ...${s.field(`nomineeID`)}>
        <option value="">Choose a person</option>
        ${r.data?.leaders.edges?.map(t=>t?.node&&t.node.id!==e&&j`<option value=${t.node.id} selected=${l(`nomineeID`,t.node.id)}>${t.node.name}</option>`)}
      </select>${s.error(`nomineeID`)}</label>
      <${Q} r=${r} what="the people" />
      <label>What they did <textarea rows="4" required defaultValue=${String(n.story??``)} ...${s.field(`story`)}></textarea>${s.error(`story`)}</label>
      <label>For which customer (optional) <select ...${s.field(`customerID`)}>
        <option value="">—</option>
        ${i.data?.customers.edges?.map(e=>e?.node&&j`<option value=${e.node.id} selected=${l(`customerID`,e.node.id)}>${e.node.name}</option>`)}
      </select>${s.error(`customerID`)}</label>
      ${i.error&&j`<${Q} r=${i} what="the customers" />`}
      <label>Evidence: a conversation (optional) <select ...${s.field(`conversationID`)}>
        <option value="">—</option>
        ${a.data?.conversations.edges?.map(e=>e?.node&&j`<option value=${e.node.id} selected=${l(`conversationID`,e.node.id)}>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)} · ${e.node.leader.name} · ${X(e.node.occurredAt)}</option>`)}
      </select>${s.error(`conversationID`)}</label>
      ${a.error&&j`<${Q} r=${a} what="the conversations" />`}
      ${s.others()}
      <button type="submit" class="big">${t?`Send again`:`Nominate`}</button>
    </form>
  </${$}>`}function mr({fix:e}){let t=Zn(e),n=tn(e=>U(`Endorsement`,{comment:String(e.get(`comment`)??``)}),Qn(e)),r=n.submit(async n=>{await kn(e,e.id,e.label,lr,{input:{...t,clientID:e.id,comment:Yn(n.get(`comment`))}}),Nn(`/pending`)});return j`<${$} section="more">
    <h1>Fix: ${e.label}</h1>
    <form onSubmit=${r} onInput=${n.onInput} ref=${n.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(t.comment??``)} ...${n.field(`comment`)}></textarea>${n.error(`comment`)}</label>
      ${n.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${$}>`}var hr=W(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period }
      }
    }
    organization { name }
  }
`),gr=W(`
  query OpenNominations {
    nominations(first: 20, where: { status: OPEN }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      totalCount
      edges { node { id story nominee { name } nominator { name } endorsements(first: 0) { totalCount } } }
    }
  }
`),_r={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`};function vr(){let e=q(gr,{}),t=e.data?.nominations;return t?t.totalCount===0?null:j`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${t.totalCount} nomination${t.totalCount===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${t.edges?.map(e=>e?.node&&j`<li><a href="#/champions"><strong>${e.node.nominee.name}</strong>, by ${e.node.nominator.name} · ${e.node.endorsements.totalCount} endorsement(s)</a></li>`)}
    </ul>
  </section>`:j`<${Q} r=${e} what="the nominations waiting for you" />`}function yr({month:e,admin:t}){let n=q(hr,{p:e}),r=J(),i=n.data?.viewer,a=i?.month,o=Y(r,`createConversation`).length;return j`<${$} section="">
    <${Q} r=${n} what="your month" />
    ${i&&a&&j`
      <h1>Hello, ${i.name}</h1>
      <p class="muted">${n.data?.organization.name} · ${i.role.toLowerCase()}${i.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${a.commitments.length===0?`Make a commitment to see whether you walk the talk.`:a.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${a.customersMet}</strong> customers met${o?j` <span class="muted">(+${o} conversation${o===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${a.daysWithCustomers}</strong> days with customers</li>
          <li><strong>${a.decisionsWithCustomerBenefit}</strong> decisions with a customer benefit</li>
          <li data-testid="streak"><strong>${i.weekStreak}</strong> week${i.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${a.commitments.length>0&&j`<ul class="commitments">
          ${a.commitments.map(e=>j`<li class=${e.met?`met`:`short`}>${_r[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``}</li>`)}
        </ul>`}
        <a href="#/commitments">${a.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
`}
    ${t&&j`<${vr} />`}
  </${$}>`}var br=W(`
  query MyCommitments {
    viewer { id commitments(first: 20) { edges { node { id behaviour target period } } } }
  }
`),xr=W(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }
`),Sr=W(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $input) { id } }
`),Cr={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240},wr=e=>j`<label>Per <select name="period">
  <option value="MONTH" selected=${e===`MONTH`}>Month</option><option value="QUARTER" selected=${e===`QUARTER`}>Quarter</option></select></label>`;function Tr({id:e,behaviour:t,target:n,period:r,choices:i,fix:a}){let o=e=>({behaviour:String(e.get(`behaviour`)??``)||t,target:Number(e.get(`target`)),period:String(e.get(`period`))}),s=tn(e=>{let t=o(e),n=U(`Commitment`,{target:t.target});return!n.target&&!Number.isInteger(t.target)&&(n.target=`a whole number`),!n.target&&t.behaviour===`FOLLOW_UPS_ON_TIME`&&t.target>100&&(n.target=`a percentage: at most 100`),n},Qn(a)),c=s.submit(async t=>{let n=o(t),r=n.behaviour?`Commitment: ${_r[n.behaviour]} ${n.target}`:a?.label??`Commitment`;e?await kn(a,a?.id??K(),r,Sr,{id:e,input:{target:n.target,period:n.period}}):await kn(a,a?.id??K(),r,xr,{input:{behaviour:n.behaviour,target:n.target,period:n.period}}),a?Nn(`/pending`):e||s.ref.current?.reset()}),l=i?`Commit to more`:t?_r[t]:a?.label??``;return j`<form class="card" aria-label=${i?`New commitment`:l} onSubmit=${c} onInput=${s.onInput} ref=${s.ref} novalidate>
    <h2>${l}</h2>
    ${i&&j`<label>Behaviour <select name="behaviour">${i.map(e=>j`<option value=${e}>${_r[e]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${n} ...${s.field(`target`)} />${s.error(`target`)}</label>${wr(r)}</div>
    ${s.others()}
    <button type="submit" class=${i?``:`secondary`}>${a?`Send again`:i?`Commit`:`Update`}</button>
  </form>`}function Er(){let e=q(br,{}),t=J(),n=[...Y(t,`createCommitment`),...Y(t,`updateCommitment`)],r=e.data?.viewer.commitments.edges?.flatMap(e=>e?.node?[e.node]:[])??[],i=Object.keys(_r).filter(e=>!r.some(t=>t.behaviour===e)&&!n.some(t=>t.variables.input.behaviour===e));return j`<${$} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${Q} r=${e} what="your commitments" />
    ${n.length>0&&j`<ul class="list">${n.map(e=>j`<li class="pending">${e.label} <${zn} e=${e} /></li>`)}</ul>`}
    ${r.map(e=>j`<${Tr} key=${e.id} id=${e.id} behaviour=${e.behaviour} target=${e.target} period=${e.period} />`)}
    ${e.data&&i.length>0&&j`<${Tr} key=${i.join()} choices=${i} target=${Cr[i[0]]??1} period="MONTH" />`}
  </${$}>`}var Dr=W(`
  query Conversations($where: ConversationWhereInput) {
    conversations(first: 50, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { edges { node { name } } } } }
    }
  }
`),Or=W(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 20) { edges { node { id name company segment } } }
        followUps(first: 50) { edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),kr=W(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { id } }
`);function Ar({me:e,admin:t,saved:n}){let[r,i]=k(!1),[a,o]=k(``),s={};r||(s.hasLeaderWith=[{id:e}]),a.trim()&&(s.or=[{heardContainsFold:a.trim()},{painPointsContainsFold:a.trim()},{hasCustomersWith:[{nameContainsFold:a.trim()}]}]);let c=q(Dr,{where:s}),l=Y(J(),`createConversation`);return j`<${$} section="conversations">
    <h1>Conversations</h1>
    ${n&&j`<p class="notice" role="status">Saved${l.length?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&j`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${l.length>0&&j`<ul class="list" aria-label="Waiting to sync">
      ${l.map(e=>j`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${zn} e=${e} /></li>`)}
    </ul>`}
    <${Q} r=${c} what="the conversations" />
    ${c.data&&j`<p class="muted">${c.data.conversations.totalCount} conversation(s)</p>
      <ul class="list">
        ${c.data.conversations.edges?.map(e=>e?.node&&j`<li><a href=${`#/conversations/`+e.node.id}>
          <strong>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
          <span class="muted"> · ${Z(e.node.mode)} · ${X(e.node.occurredAt)}${r?` · `+e.node.leader.name:``}</span>
          ${e.node.heard&&j`<br /><span class="clip">${e.node.heard}</span>`}
        </a></li>`)}
      </ul>`}
  </${$}>`}function jr({id:e}){let t=q(Or,{id:e}),n=Y(J(),`setFollowUpDone`),r=t.data?.node&&`mode`in t.data.node?t.data.node:null;async function i(e,t,n){await On(K(),`${t?`Done`:`Not done`}: ${n}`,kr,{id:e,done:t})}return j`<${$} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${Q} r=${t} what="this conversation" />
    ${r&&j`<h1>${r.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${Z(r.mode)} · ${Fn(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${r.leader.name}${r.sentiment?` · `+Z(r.sentiment):``}</p>
      ${r.heard&&j`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
      ${r.painPoints&&j`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
      <h2>Follow-ups</h2>
      ${(r.followUps.edges?.length??0)===0&&j`<p class="muted">None.</p>`}
      <ul class="list">
        ${r.followUps.edges?.map(e=>{let t=e?.node;if(!t)return null;let r=n.filter(e=>e.variables.id===t.id).at(-1),a=r?!!r.variables.done:!!t.doneAt;return j`<li><label class="check"><input type="checkbox" checked=${a} onChange=${()=>i(t.id,!a,t.action)} />
            <span>${t.action} <span class="muted">· ${t.owner.name}${t.dueOn?` · due `+X(t.dueOn):``}</span></span></label>
            ${r&&j`<${zn} e=${r} />`}</li>`})}
      </ul>`}
  </${$}>`}var Mr=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],Nr=W(`
  query Decisions($where: DecisionWhereInput) {
    decisions(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      edges { node { id title customerBenefit status clvImpact decidedAt owner { id name } evidence(first: 5) { totalCount } } }
    }
  }
`),Pr=W(`
  query EvidenceChoices($me: ID!) {
    conversations(first: 20, where: { hasLeaderWith: [{ id: $me }] }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt customers(first: 3) { edges { node { name } } } } }
    }
  }
`),Fr=W(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { id } }
`),Ir=W(`
  mutation SetDecisionStatus($id: ID!, $input: UpdateDecisionInput!) { updateDecision(id: $id, input: $input) { id } }
`);function Lr({me:e,admin:t}){let[n,r]=k(``),i=q(Nr,{where:n?{status:n}:null}),a=J(),o=Y(a,`createDecision`),s=Y(a,`updateDecision`);async function c(e,t,n){await On(K(),`${t}: ${Z(n).toLowerCase()}`,Ir,{id:e,input:{status:n,decidedAt:n===`DECIDED`?new Date().toISOString():void 0}})}return j`<${$} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...Mr].map(e=>j`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?Z(e):`All`}</button>`)}
    </div>
    ${o.length>0&&j`<ul class="list" aria-label="Waiting to sync">${o.map(e=>j`<li class="pending" data-testid="pending-decision">${e.label} <${zn} e=${e} /></li>`)}</ul>`}
    <${Q} r=${i} what=${`the decisions`} />
    <ul class="list">
      ${i.data?.decisions.edges?.map(n=>{let r=n?.node;if(!r)return null;let i=s.filter(e=>e.variables.id===r.id).at(-1),a=i?i.variables.input.status:r.status,o=r.owner.id===e||t;return j`<li class="decision">
          <strong>${r.title}</strong> <span class=${`status `+a.toLowerCase()}>${Z(a)}</span> ${i&&j`<${zn} e=${i} />`}
          <p><span class="muted">For the customer:</span> ${r.customerBenefit}</p>
          <p class="muted">${r.owner.name}${r.decidedAt?` · decided `+X(r.decidedAt):``}${r.clvImpact==null?``:` · CLV ${r.clvImpact>0?`+`:``}${r.clvImpact}`} · ${r.evidence.totalCount} conversation(s) as evidence</p>
          ${o&&j`<label>Status <select value=${a} onChange=${e=>c(r.id,r.title,e.target.value)}>
            ${Mr.map(e=>j`<option value=${e}>${Z(e)}</option>`)}
          </select></label>`}
        </li>`})}
    </ul>
  </${$}>`}function Rr({me:e,fix:t}){let n=Zn(t),r=q(Pr,{me:e}),[i,a]=k(n.evidenceIDs??[]),o=e=>{let t=String(e.get(`clvImpact`)??``).trim(),n=String(e.get(`status`)||`PROPOSED`);return{clv:t,input:{title:H(String(e.get(`title`)??``)),customerBenefit:H(String(e.get(`customerBenefit`)??``)),context:Yn(e.get(`context`)),clvImpact:t?Number(t):null,status:n,evidenceIDs:i}}},s=tn(e=>{let{clv:t,input:n}=o(e),r=U(`Decision`,{title:n.title,customerBenefit:n.customerBenefit,context:n.context,clvImpact:n.clvImpact});return t&&!Number.isFinite(Number(t))&&(r.clvImpact=`a number, e.g. 12000 or -500`),r},Qn(t)),c=s.submit(async e=>{let{input:r}=o(e),i=t?.id??K(),a=r.status===`PROPOSED`?null:n.decidedAt??new Date().toISOString();await kn(t,i,`Decision: ${r.title}`,Fr,{input:{clientID:i,...r,decidedAt:a}}),Nn(t?`/pending`:`/decisions`)});return j`<${$} section=${t?`more`:`decisions`}>
    <h1>${t?`Fix: record a decision`:`Record a decision`}</h1>
    ${t&&j`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <form onSubmit=${c} onInput=${s.onInput} ref=${s.ref} aria-label="Record a decision" novalidate>
      <label>Title <input required defaultValue=${String(n.title??``)} ...${s.field(`title`)} />${s.error(`title`)}</label>
      <label>What's in it for the customer? (required)
        <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
        <textarea rows="3" required defaultValue=${String(n.customerBenefit??``)} ...${s.field(`customerBenefit`)}></textarea>
        ${s.error(`customerBenefit`)}
      </label>
      <label>Context <textarea rows="2" defaultValue=${String(n.context??``)} ...${s.field(`context`)}></textarea>${s.error(`context`)}</label>
      <div class="row">
        <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${n.clvImpact??``} ...${s.field(`clvImpact`)} />${s.error(`clvImpact`)}</label>
        <label>Status <select name="status">${Mr.slice(0,2).map(e=>j`<option value=${e} selected=${(n.status??`PROPOSED`)===e}>${Z(e)}</option>`)}</select></label>
      </div>
      <fieldset><legend>Evidence: conversations</legend>
        <${Q} r=${r} what="your conversations" />
        ${r.data?.conversations.edges?.map(e=>e?.node&&j`<label class="check"><input type="checkbox" checked=${i.includes(e.node.id)}
          onChange=${t=>{let n=e.node.id;a(t.target.checked?[...i,n]:i.filter(e=>e!==n))}} />
          <span>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)} <span class="muted">· ${X(e.node.occurredAt)}</span></span></label>`)}
        ${r.data&&(r.data.conversations.edges?.length??0)===0&&j`<p class="muted">No conversations logged yet.</p>`}
        ${s.error(`evidenceIDs`)}
      </fieldset>
      ${s.others()}
      <button type="submit" class="big">${t?`Send again`:`Save the decision`}</button>
    </form>
  </${$}>`}var zr=[[`createConversation`,(e,t)=>j`<${rr} me=${e} fix=${t} />`],[`createFollowUp`,(e,t)=>j`<${ir} me=${e} fix=${t} />`],[`createCustomer`,(e,t)=>j`<${ar} fix=${t} />`],[`createDecision`,(e,t)=>j`<${Rr} me=${e} fix=${t} />`],[`createNomination`,(e,t)=>j`<${pr} me=${e} fix=${t} />`],[`createEndorsement`,(e,t)=>j`<${mr} fix=${t} />`],[`createCommitment`,(e,t)=>{let n=t.variables.input;return j`<${$} section="more"><h1>Fix: a commitment</h1><${Tr} behaviour=${n.behaviour} target=${n.target} period=${n.period} fix=${t} /></${$}>`}],[`updateCommitment`,(e,t)=>{let n=t.variables.input;return j`<${$} section="more"><h1>Fix: a commitment</h1><${Tr} id=${String(t.variables.id)} target=${n.target} period=${n.period} fix=${t} /></${$}>`}]],Br=e=>zr.some(([t])=>Y([e],t).length>0);function Vr({id:e,me:t}){let[n,r]=k();A(()=>{G.then(e=>e.list()).then(t=>r(t.find(t=>t.id===e)??null))},[e]);let i=n&&zr.find(([e])=>Y([n],e).length>0);return n&&i?i[1](t,n):j`<${$} section="more"><h1>Fix</h1>
    ${n===void 0?j`<p class="muted">Loading…</p>`:j`<p>${n?`This change cannot be edited: send it again or discard it.`:`This change is not waiting any more.`}</p><a href="#/pending">Waiting to sync</a>`}
  </${$}>`}function Hr(){let e=J(),t=async e=>(await(await G).retry(e.id),void Dn()),n=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await G).discard(e.id);return j`<${$} section="more">
    <h1>Waiting to sync</h1>
    ${e.length===0?j`<p data-testid="all-synced">Everything you did is on the server.</p>`:j`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>Dn()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>j`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${zn} e=${e} />
        <br /><span class="muted">${Fn(e.createdAt)}${e.attempts?` · ${e.attempts} attempt(s)`:``}</span>
        ${e.error&&j`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&j`<div class="actions">
          ${Br(e)&&j`<a class="button secondary" href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a>`}
          <button type="button" class="secondary" onClick=${()=>t(e)}>Send again</button>
          <button type="button" class="link" onClick=${()=>n(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${$}>`}function Ur({admin:e}){return j`<${$} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/commitments">My commitments</a></li>
      ${e&&j`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&j`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
  </${$}>`}var Wr=W(`
  query Passkeys { viewer { id passkeys(first: 20) { edges { node { id name createdAt lastUsedAt synced } } } } }
`),Gr=W(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),Kr=W(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),qr=W(`
  query Admin {
    leaders(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { edges { node { id name email role deactivatedAt } } }
    invitations(first: 50, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id email role expiresAt } }
    }
    apiTokens(first: 50, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id name prefix scope expiresAt lastUsedAt } }
    }
  }
`),Jr=W(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),Yr=W(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),Xr=W(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),Zr=W(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),Qr=W(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function $r(e){let[t,n]=k(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function ei(e,t,n){let[r,i]=k(``),a=tn(e);return{form:a,submit:a.submit(async e=>{i(``);try{i(await t(e)),n()}catch(e){a.refuse($t(e))}}),msg:r}}function ti({p:e,many:t,reload:n}){let[r,i]=$r(n),a=ei(e=>U(`Passkey`,{name:String(e.get(`name`)??``)}),async t=>(await bt(Gr,{id:e.id,name:H(String(t.get(`name`)))}),`Passkey renamed.`),n),{form:o}=a;return j`<li>
    <form class="inline" onSubmit=${a.submit} onInput=${o.onInput} ref=${o.ref} aria-label=${`Passkey `+e.name} novalidate>
      <label>Name <input defaultValue=${e.name} ...${o.field(`name`)} />${o.error(`name`)}</label>
      <span class="muted">${e.synced?`Synced`:`This device only`} · added ${X(e.createdAt)}${e.lastUsedAt?` · used `+X(e.lastUsedAt):``}</span>
      ${o.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${t&&j`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&i(()=>bt(Kr,{id:e.id}),`Passkey deleted.`)}>Delete</button>`}</div>
      ${(a.msg||r)&&j`<p role="status">${a.msg||r}</p>`}
    </form></li>`}function ni({me:e}){let t=q(qr,{}),[n,r]=$r(t.reload),[i,a]=k(null),o=ei(e=>U(`Invitation`,{email:String(e.get(`email`)??``)}),async e=>{let t=await bt(Jr,{input:{email:H(String(e.get(`email`))),role:String(e.get(`role`))}});return a({kind:`Invitation link (send it to them; valid 7 days, once)`,value:t.createInvitation.url}),`Invitation created.`},t.reload),s=ei(e=>{let t=U(`APIToken`,{name:String(e.get(`name`)??``)}),n=Number(e.get(`expiresInDays`));return(!Number.isInteger(n)||n<1||n>730)&&(t.expiresInDays=`must be between 1 and 730`),t},async e=>{let t=await bt(Zr,{input:{name:H(String(e.get(`name`))),scope:String(e.get(`scope`)),expiresInDays:Number(e.get(`expiresInDays`))}});return a({kind:`API token (shown only now: copy it)`,value:t.createAPIToken.token}),`Token created.`},t.reload),c=o.form,l=s.form;return j`<section class="card" aria-label="People">
      <h2>People</h2>
      <${Q} r=${t} what="the people, invitations and tokens" />
      <ul class="list">${t.data?.leaders.edges?.map(t=>t?.node&&j`<li>${t.node.name} <span class="muted">${t.node.email} · ${Z(t.node.role)}${t.node.deactivatedAt?` · no access`:``}</span>
        ${!t.node.deactivatedAt&&t.node.id!==e&&j` <button type="button" class="link" onClick=${()=>confirm(`Revoke ${t.node.name}'s access now?`)&&r(()=>bt(Xr,{id:t.node.id}),`Access revoked.`)}>Revoke access</button>`}</li>`)}</ul>
    </section>
    <form class="card" aria-label="Invite a person" onSubmit=${o.submit} onInput=${c.onInput} ref=${c.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${c.field(`email`)} />${c.error(`email`)}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${c.others()}
      <button type="submit">Create invitation link</button>
      ${o.msg&&j`<p role="status">${o.msg}</p>`}
      <ul class="list">${t.data?.invitations.edges?.map(e=>e?.node&&j`<li>${e.node.email??`setup link`} <span class="muted">${Z(e.node.role)} · until ${X(e.node.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>r(()=>bt(Yr,{id:e.node.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${s.submit} onInput=${l.onInput} ref=${l.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${l.field(`name`)} />${l.error(`name`)}</label>
      <div class="row">
        <label>Scope <select name="scope"><option value="READ">Read</option><option value="READ_WRITE">Read and write</option></select></label>
        <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${l.field(`expiresInDays`)} />${l.error(`expiresInDays`)}</label>
      </div>
      ${l.others()}
      <button type="submit">Create token</button>
      ${s.msg&&j`<p role="status">${s.msg}</p>`}
      <ul class="list">${t.data?.apiTokens.edges?.map(e=>e?.node&&j`<li>${e.node.name} <span class="muted">${e.node.prefix}… · ${Z(e.node.scope)}${e.node.expiresAt?` · until `+X(e.node.expiresAt):``}${e.node.lastUsedAt?` · used `+X(e.node.lastUsedAt):``}</span>
        <button type="button" class="link" onClick=${()=>r(()=>bt(Qr,{id:e.node.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
    </form>
    ${i&&j`<div class="card secret" role="status"><strong>${i.kind}</strong><code data-testid="secret">${i.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(i.value)}>Copy</button></div>`}
    ${n&&j`<p role="status">${n}</p>`}`}function ri({me:e,admin:t,email:n,org:r,signOut:i}){let a=q(Wr,{}),[o,s]=$r(a.reload),c=a.data?.viewer.passkeys.edges??[];return j`<${$} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${Q} r=${a} what="your passkeys" />
      <ul class="list">${c.map(e=>e?.node&&j`<${ti} key=${e.node.id} p=${e.node} many=${c.length>1} reload=${a.reload} />`)}</ul>
      <button type="button" class="secondary" onClick=${()=>s(()=>pt({invitation:``,name:``,email:``,passkeyName:`Another device`}),`Passkey added.`)}>Add a passkey</button>
      ${o&&j`<p role="status">${o}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    ${t&&j`<${ni} me=${e} />`}
  </${$}>`}var ii=W(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),ai=W(`
  query FeedbackReview($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt mode heard painPoints sentiment leader { name }
        customers(first: 10) { edges { node { id name segment company } } } } }
    }
    followUps(first: 100, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function oi({series:e}){let t=Math.max(1,...e.map(e=>e.count));return j`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*24} 110`} role="img" aria-label="Customers met per month, last 12 months" preserveAspectRatio="none">
      ${e.map((e,n)=>{let r=e.count/t*90;return j`<rect x=${n*24+3} y=${95-r} width=${18} height=${r} rx="2"><title>${e.period}: ${e.count}</title></rect>
          <text x=${n*24+12} y="108" text-anchor="middle">${e.period.slice(5)}</text>`})}
    </svg>
    <table class="sr-only"><caption>Customers met per month</caption>
      <tbody>${e.map(e=>j`<tr><th scope="row">${e.period}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}function si(){let[e,t]=k(In()),n=q(ii,{p:e}),r=n.data?.dashboard;return j`<${$} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
    <${Q} r=${n} what=${`the team dashboard`} />
    ${r&&j`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${r.walkers}</strong> walkers</li>
          <li><strong>${r.notYetWalkers}</strong> not yet</li>
          <li><strong>${r.withoutCommitments}</strong> without commitments</li>
          <li data-testid="team-customers"><strong>${r.customersMet}</strong> customers met in ${r.conversations} conversations</li>
          <li><strong>${r.openFollowUps}</strong> open follow-ups, <strong>${r.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${r.champions}</strong> champions, ${r.openNominations} open nomination(s)</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${oi} series=${r.customersMetByMonth} /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${r.decisionsByStatus.map(e=>j`<li><strong>${e.count}</strong> ${Z(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <section class="card"><h2>Per leader</h2>
        <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
          <tbody>${n.data?.leaders.edges?.map(e=>{let t=e?.node;if(!t)return null;let n=t.month.commitments.filter(e=>e.met).length;return j`<tr><td>${t.name}</td><td>${t.month.customersMet}</td><td>${t.month.commitments.length===0?`none`:`${n} of ${t.month.commitments.length}${t.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
      </section>
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${$}>`}function ci({p:e}){let[t,n]=k({convs:[],total:0,follow:null,asOf:null,error:``}),[r,i]=k(0);A(()=>{let t=!0,r=new Date(e+`-01T00:00:00Z`),i=new Date(Date.UTC(r.getUTCFullYear(),r.getUTCMonth()+1,1));return(async()=>{let e=[],a=null;for(let o=0;o<10;o++){let o=await Zt(ai,{from:r.toISOString(),to:i.toISOString(),after:a});if(o.data.conversations.edges?.forEach(t=>t?.node&&e.push(t.node)),!t)return;if(n({convs:[...e],total:o.data.conversations.totalCount,follow:o.data.followUps,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;a=o.data.conversations.pageInfo.endCursor??null}})().catch(e=>t&&n({convs:[],total:0,follow:null,asOf:null,error:String(e.message??e)})),()=>{t=!1}},[e,r]);let a=()=>(n({convs:[],total:0,follow:null,asOf:null,error:``}),i(e=>e+1)),o=e=>{let n=new Map;for(let r of t.convs)for(let t of e(r))n.set(t,[...n.get(t)??[],r]);return[...n.entries()].sort((e,t)=>t[1].length-e[1].length||e[0].localeCompare(t[0]))},s=o(e=>e.customers.edges?.flatMap(e=>e?.node?[e.node.name]:[])??[]),c=o(e=>[...new Set(e.customers.edges?.map(e=>e?.node?.segment||`No segment`))]),l=e=>j`<li><span class="muted">${X(e.occurredAt)} · ${Z(e.mode)} · ${e.leader.name}${e.sentiment?` · `+Z(e.sentiment):``}</span>
    ${e.heard&&j`<p class="text">“${e.heard}”</p>`}${e.painPoints&&j`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return j`<${$} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${e}</h1>
    ${t.error&&j`<${Ln} what="the month's conversations" error=${t.error} retry=${a} />`}
    ${t.asOf&&j`<p class="asof">Offline: as of ${Fn(t.asOf)}</p>`}
    <p class="muted">${t.convs.length} of ${t.total} conversation(s) in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${s.map(([e,t])=>j`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(l)}</ul></section>`)}
    <h2>By segment</h2>
    ${c.map(([e,t])=>j`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${Z(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    ${t.follow&&j`<p class="muted">${t.follow.totalCount} open.</p><ul class="list">
      ${t.follow.edges?.map(e=>e?.node&&j`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+X(e.node.dueOn):``}${e.node.conversation?` · `+e.node.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>`}
  </${$}>`}function li({me:e,org:t,signOut:n}){let[r,i]=Mn(),a=e.role===`ADMIN`,[o,s]=r;switch(A(()=>scrollTo(0,0),[o,s]),o){case`log`:return j`<${rr} me=${e.id} />`;case`conversations`:return s?j`<${jr} id=${s} />`:j`<${Ar} me=${e.id} admin=${a} saved=${i.has(`saved`)} />`;case`decisions`:return s===`new`?j`<${Rr} me=${e.id} />`:j`<${Lr} me=${e.id} admin=${a} />`;case`champions`:return s===`nominate`?j`<${pr} me=${e.id} />`:j`<${fr} me=${e.id} admin=${a} />`;case`commitments`:return j`<${Er} />`;case`team`:if(!a)break;return s===`review`?j`<${ci} p=${i.get(`p`)??In()} />`:j`<${si} />`;case`pending`:return s?j`<${Vr} id=${s} me=${e.id} key=${s} />`:j`<${Hr} />`;case`more`:return j`<${Ur} admin=${a} />`;case`settings`:return j`<${ri} me=${e.id} admin=${a} email=${e.email} org=${t} signOut=${n} />`}return j`<${yr} month=${In()} admin=${a} />`}function ui(){let[e,t]=k(`loading`),[n,r]=k(null),i=location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];async function a(){let e=await Zt(hr,{p:In()});r({me:e.data.viewer,org:e.data.organization.name}),t(`in`),jn()}async function o(e){let n=await G,r=(await n.list()).length;if(!r||confirm(`${r} change(s) are not on the server yet and will be lost. Sign out anyway?`)){try{await ht(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await Qt();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return A(()=>{ft().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?j`<p class="muted">Loading Walker…</p>`:e===`offline`?j`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?j`<${li} me=${n.me} org=${n.org} signOut=${o} />`:i?j`<${pn} token=${i} done=${a} />`:j`<${mn} done=${a} />`}pe(j`<${ui} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});